package jp.selfcare.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The benchmarks' heap samples (MB), printed as min, median and max. */
final class HeapSamples {

  private HeapSamples() {}

  static void print(String what, List<Long> samples) {
    List<Long> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.println(what + ": no sample");
      return;
    }
    System.out.printf(
        "%s, MB of %d samples: min %d, median %d, max %d%n",
        what,
        sorted.size(),
        sorted.get(0),
        sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() - 1));
  }
}
