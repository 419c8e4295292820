package jp.selfcare.webbilling.documents;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Properties;
import jp.selfcare.batch.ResultStep;
import jp.selfcare.history.JobCounts;
import jp.selfcare.history.OperationType;
import jp.selfcare.webbilling.MemberDocuments;

/**
 * The document's one step: the PDF rendered from the member's bills and stored with the history
 * entry, the entry completed with the number of bills in it. A restart renders it again and stores
 * it in place of any earlier one.
 */
@Named
@Dependent
public class MemberDocumentPdf extends ResultStep {

  @Inject private JobContext job;

  @EJB private MemberDocuments documents;

  @Override
  public String process() throws IOException {
    Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    MemberDocuments.Rendered rendered =
        documents.render(
            OperationType.valueOf(p.getProperty(MemberDocuments.KIND)),
            Long.parseLong(p.getProperty(MemberDocuments.MEMBER)),
            YearMonth.parse(p.getProperty(MemberDocuments.FROM)),
            YearMonth.parse(p.getProperty(MemberDocuments.TO)),
            Locale.forLanguageTag(p.getProperty(MemberDocuments.LANGUAGE)));
    Path file = Files.createTempFile("selfcare-member-", ".pdf");
    try {
      Files.write(file, rendered.pdf());
      store(fileName(rendered.stem(), "pdf"), "application/pdf", file);
      complete(JobCounts.written(rendered.bills()));
    } finally {
      Files.deleteIfExists(file);
    }
    return "COMPLETED";
  }
}
