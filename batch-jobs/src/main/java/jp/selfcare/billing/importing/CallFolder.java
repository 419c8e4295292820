package jp.selfcare.billing.importing;

import jp.selfcare.batch.DropFolder;

/**
 * The folder the network's call-record files arrive in (server property {@value #PROPERTY}; default
 * {@code selfcare/call-records} under the server's data folder): files named {@code *.csv}; done/
 * holds a file whose every row loaded, failed/ one with a refused row.
 */
final class CallFolder {

  /** The server property naming the folder. */
  static final String PROPERTY = "selfcare.billing.call-records.folder";

  static final DropFolder FOLDER = new DropFolder(PROPERTY, "call-records", ".csv");

  private CallFolder() {}
}
