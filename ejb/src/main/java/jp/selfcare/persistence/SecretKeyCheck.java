package jp.selfcare.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** Fails the deployment at once, with the fix in the message, when no encryption key is set. */
@Startup
@Singleton
public class SecretKeyCheck {

  @PostConstruct
  void requireKey() {
    SecretBox.configured();
  }
}
