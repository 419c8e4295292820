package jp.selfcare.batch;

import java.nio.file.Path;

/**
 * Where jobs keep their work files: {@code selfcare/work} under the server's data folder (the
 * temporary folder outside a server), so a job restarted on the same node finds them again.
 */
public final class WorkFiles {

  private WorkFiles() {}

  /** The work file or folder of that name. */
  public static Path of(String name) {
    String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return Path.of(data, "selfcare", "work", name);
  }
}
