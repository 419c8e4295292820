package jp.selfcare.provisioning.importing;

import jp.selfcare.batch.DropFolder;

/**
 * The operator's service-order folder (server property {@value #PROPERTY}; default {@code
 * selfcare/service-orders} under the server's data folder): order files named {@code *.jsonl};
 * done/ holds a file whose every order was applied or skipped, failed/ one with a refused order.
 */
final class ImportFolder {

  /** The server property naming the folder. */
  static final String PROPERTY = "selfcare.provisioning.folder";

  static final DropFolder FOLDER = new DropFolder(PROPERTY, "service-orders", ".jsonl");

  private ImportFolder() {}
}
