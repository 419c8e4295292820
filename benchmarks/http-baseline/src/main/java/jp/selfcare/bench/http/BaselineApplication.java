package jp.selfcare.bench.http;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The baselines under /bench-baseline/api. */
@ApplicationPath("/api")
public class BaselineApplication extends Application {}
