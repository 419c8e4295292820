package jp.selfcare.web.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.hold.HoldsView;
import jp.selfcare.hold.HoldsView.HoldLine;

/** The operators' list of live holds (/operator/holds.xhtml; operator role, checked twice). */
@Named
@RequestScoped
public class OperatorHoldsPage {

  @EJB private HoldsView holds;

  private List<HoldLine> lines;

  public List<HoldLine> getLines() {
    if (lines == null) {
      lines = holds.current();
    }
    return lines;
  }
}
