package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.callfeature.CallFeatures;

/** The §4/§8/§9 switches through {@link CallFeatures}, as a settings login. */
@RequestScoped
@Path("features")
@Produces(MediaType.TEXT_PLAIN)
public class ItFeatureSupport {

  @EJB private CallFeatures features;

  @EJB private ItSettingsData data;

  @Inject private ItSettingsCaller callers;

  /** The number's value: "ON" or "OFF" (and the presented number, if any). */
  @POST
  @Path("view")
  public String view(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("feature") CallFeature feature,
      @QueryParam("number") String number) {
    return callers.as(
        as,
        pw,
        () -> {
          CallFeatures.View v = features.view(feature, data.numberId(number));
          return (v.enabled() ? "ON" : "OFF")
              + (v.presentedNumber() == null ? "" : " " + v.presentedNumber());
        });
  }

  /** 設定: "OK operationId". */
  @POST
  @Path("change")
  public String change(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("feature") CallFeature feature,
      @QueryParam("number") String number,
      @QueryParam("on") boolean on) {
    return callers.as(as, pw, () -> "OK " + features.change(feature, data.numberId(number), on));
  }

  /** 元に戻す: "OK operationId" or "REFUSED reason". */
  @POST
  @Path("undo")
  public String undo(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("operation") long operation) {
    return callers.as(as, pw, () -> "OK " + features.undo(operation));
  }

  /** The search: the count and the numbers of the first page, blank-separated. */
  @POST
  @Path("search")
  public String search(
      @QueryParam("as") String as,
      @QueryParam("pw") String pw,
      @QueryParam("feature") CallFeature feature,
      @QueryParam("part") String part) {
    NumberConditions conditions = new NumberConditions(null, null, part);
    return callers.as(
        as,
        pw,
        () -> {
          StringBuilder answer = new StringBuilder().append(features.count(feature, conditions));
          features
              .page(feature, conditions, 0, CallFeatures.MAX_PAGE)
              .forEach(v -> answer.append(' ').append(v.number()));
          return answer.toString();
        });
  }
}
