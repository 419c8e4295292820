package jp.selfcare.routing;

import java.util.List;
import java.util.stream.Stream;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.NumberPresentation;

/** A hunt group as decisions see it: the parent, the members in order, method and presentation. */
public record HuntSnapshot(
    long id,
    String parent,
    List<String> members,
    CallMethod method,
    NumberPresentation presentation) {

  public HuntSnapshot {
    members = List.copyOf(members);
  }

  /** Every line of the group: the parent, then the members in order. */
  public List<String> lines() {
    return Stream.concat(Stream.of(parent), members.stream()).toList();
  }
}
