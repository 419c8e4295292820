package jp.selfcare.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;

/**
 * 一括転送グループ: a named set of one site's numbers (members in {@code bulk_forwarding_member}) and its
 * 起動状態.
 */
@Entity
@Table(name = "bulk_forwarding_group")
public class BulkForwardingGroup {

  /** The longest group name (spec 40-bulk-and-batch.md §1). */
  public static final int NAME_MAX = 30;

  /** The most members a group holds. */
  public static final int MEMBERS_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "site_id", nullable = false)
  private long siteId;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private GroupState state;

  @Version private long version;

  protected BulkForwardingGroup() {}

  public BulkForwardingGroup(long siteId, String name) {
    this.siteId = siteId;
    this.name = Objects.requireNonNull(name);
    this.state = GroupState.STOPPED;
  }

  public long id() {
    return id;
  }

  public long siteId() {
    return siteId;
  }

  public String name() {
    return name;
  }

  public GroupState state() {
    return state;
  }

  public long version() {
    return version;
  }

  /** Accepts an activation: the group goes to its transitional state. */
  public void begin(Activation activation) {
    state = state.begin(activation);
  }

  /** The job applied every member: the group reaches 開始 or 停止. */
  public void end() {
    state = state.end();
  }

  /** Back to where an accepted activation left from (its job could not be started). */
  public void revert(GroupState before) {
    state = before;
  }

  /**
   * The group, when it exists and its site is in the caller's scope for the function; else it looks
   * missing ({@link UnknownGroupException}).
   */
  static BulkForwardingGroup inScope(
      EntityManager em,
      SettingsScope scope,
      SettingsFunction function,
      long groupId,
      LockModeType lock) {
    BulkForwardingGroup group = em.find(BulkForwardingGroup.class, groupId, lock);
    if (group == null) {
      throw new UnknownGroupException(groupId);
    }
    scope.requireSite(function, group.siteId());
    return group;
  }
}
