package jp.selfcare.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js bar charts as the pages hand them to PrimeFaces' {@code p:chart}: labels, one or more
 * data sets, no animation (a chart that moves while read is harder to read and to test).
 */
public final class BarCharts {

  /** One data set: its legend label and its values, one per chart label. */
  public record Series(String label, List<? extends Number> values) {}

  private BarCharts() {}

  /** One bar per label. */
  public static String bars(List<String> labels, Series series) {
    return chart(labels, List.of(series), false);
  }

  /** The series stacked on each label's bar (e.g. a month's charges by kind). */
  public static String stacked(List<String> labels, List<Series> series) {
    return chart(labels, series, true);
  }

  private static String chart(List<String> labels, List<Series> series, boolean stacked) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      s.values().forEach(v -> values.add(new java.math.BigDecimal(v.toString())));
      datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", values));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add("responsive", true)
            .add("maintainAspectRatio", false);
    if (stacked) {
      options.add(
          "scales",
          Json.createObjectBuilder()
              .add("x", Json.createObjectBuilder().add("stacked", true))
              .add("y", Json.createObjectBuilder().add("stacked", true)));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(labels))
                .add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
