package jp.selfcare.huntgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.numbers.NumberType;

/**
 * 代表: a parent (pilot) basic number and its ordered member numbers (spec 30-settings-site.md §5).
 * Creating or dissolving a group is a contract matter (by application); the call method, the number
 * presentation and the members (at least one) are settings of the Web Settings Site.
 */
@Entity
@Table(name = "hunt_group")
public class HuntGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "parent_number_id")
  private IpNumber parent;

  @Enumerated(EnumType.STRING)
  @Column(name = "call_method", nullable = false, length = 20)
  private CallMethod callMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "number_presentation", nullable = false, length = 10)
  private NumberPresentation presentation;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "hunt_group_member",
      joinColumns = @JoinColumn(name = "hunt_group_id"),
      inverseJoinColumns = @JoinColumn(name = "number_id"))
  @OrderColumn(name = "position")
  private List<IpNumber> members = new ArrayList<>();

  @Version private long version;

  protected HuntGroup() {}

  public HuntGroup(
      IpNumber parent,
      CallMethod callMethod,
      NumberPresentation presentation,
      List<IpNumber> members) {
    requireBasic(parent);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a hunt group has at least one member");
    }
    members.forEach(HuntGroup::requireBasic);
    this.parent = parent;
    this.callMethod = Objects.requireNonNull(callMethod);
    this.presentation = Objects.requireNonNull(presentation);
    this.members = new ArrayList<>(members);
  }

  private static void requireBasic(IpNumber number) {
    if (number.type() != NumberType.BASIC) {
      throw new IllegalArgumentException("hunt groups are made of basic contract numbers");
    }
  }

  /** The settings of §5; the members replace the old ones in the order given. */
  void change(CallMethod callMethod, NumberPresentation presentation, List<IpNumber> newMembers) {
    if (newMembers.isEmpty()) {
      throw new IllegalArgumentException("a hunt group has at least one member");
    }
    newMembers.forEach(HuntGroup::requireBasic);
    this.callMethod = Objects.requireNonNull(callMethod);
    this.presentation = Objects.requireNonNull(presentation);
    this.members.clear();
  }

  /** Second half of {@link #change}, after the old member rows are flushed away. */
  void addMembers(List<IpNumber> newMembers) {
    this.members.addAll(newMembers);
  }

  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public IpNumber parent() {
    return parent;
  }

  public CallMethod callMethod() {
    return callMethod;
  }

  public NumberPresentation presentation() {
    return presentation;
  }

  public List<IpNumber> members() {
    return Collections.unmodifiableList(members);
  }
}
