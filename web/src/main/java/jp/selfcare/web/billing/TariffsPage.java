package jp.selfcare.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.billing.calls.CallClass;
import jp.selfcare.billing.tariff.Tariff;
import jp.selfcare.billing.tariff.Tariffs;
import jp.selfcare.web.i18n.Messages;

/**
 * 通話料金表 (/operator/tariffs.xhtml): every row of the call tariff, and a new row added from its first
 * day. Every rule the new row breaks is named at once; nothing is stored then.
 */
@Named
@ViewScoped
public class TariffsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Tariffs tariffs;

  private List<Tariff> rows;

  private CallClass callClass;
  private LocalDate validFrom;
  private LocalDate validTo;
  private String bandFrom;
  private String bandTo;
  private Integer unitSeconds;
  private BigDecimal pricePerUnit;
  private String note;

  public List<Tariff> getRows() {
    if (rows == null) {
      rows = tariffs.list();
    }
    return rows;
  }

  /** 追加: the row as entered, or every rule it breaks. */
  public void add() {
    List<String> problems = new ArrayList<>();
    if (callClass == null) {
      problems.add("tariffs.invalid.class");
    }
    if (validFrom == null) {
      problems.add("tariffs.invalid.from");
    } else if (validTo != null && validTo.isBefore(validFrom)) {
      problems.add("tariffs.invalid.dates");
    }
    LocalTime from = time(bandFrom, problems);
    LocalTime to = time(bandTo, problems);
    if ((from == null) != (to == null) && !problems.contains("tariffs.invalid.time")) {
      problems.add("tariffs.invalid.band");
    }
    if (unitSeconds == null || unitSeconds < 1 || unitSeconds > 3600) {
      problems.add("tariffs.invalid.unit");
    }
    if (pricePerUnit == null
        || pricePerUnit.signum() < 0
        || pricePerUnit.scale() > 2
        || pricePerUnit.compareTo(new BigDecimal("99999999.99")) > 0) {
      problems.add("tariffs.invalid.price");
    }
    if (note != null && note.strip().length() > 200) {
      problems.add("tariffs.invalid.note");
    }
    if (!problems.isEmpty()) {
      problems.forEach(Messages::error);
      return;
    }
    long id =
        tariffs.add(
            new Tariff(0, callClass, validFrom, validTo, from, to, unitSeconds, pricePerUnit),
            note == null || note.isBlank() ? null : note.strip());
    Messages.info("tariffs.added", id);
    rows = null;
    callClass = null;
    validFrom = null;
    validTo = null;
    bandFrom = null;
    bandTo = null;
    unitSeconds = null;
    pricePerUnit = null;
    note = null;
  }

  private static LocalTime time(String text, List<String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      if (!problems.contains("tariffs.invalid.time")) {
        problems.add("tariffs.invalid.time");
      }
      return null;
    }
  }

  public CallClass[] getCallClasses() {
    return CallClass.values();
  }

  public CallClass getCallClass() {
    return callClass;
  }

  public void setCallClass(CallClass callClass) {
    this.callClass = callClass;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public String getBandFrom() {
    return bandFrom;
  }

  public void setBandFrom(String bandFrom) {
    this.bandFrom = bandFrom;
  }

  public String getBandTo() {
    return bandTo;
  }

  public void setBandTo(String bandTo) {
    this.bandTo = bandTo;
  }

  public Integer getUnitSeconds() {
    return unitSeconds;
  }

  public void setUnitSeconds(Integer unitSeconds) {
    this.unitSeconds = unitSeconds;
  }

  public BigDecimal getPricePerUnit() {
    return pricePerUnit;
  }

  public void setPricePerUnit(BigDecimal pricePerUnit) {
    this.pricePerUnit = pricePerUnit;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
