package jp.selfcare.identity.permission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.organisation.VoiceGroupId;

/**
 * A user group of one customer: the all-services group, or a general group with permission
 * settings. Members are portal user ids; the rules of resolution live in {@link GroupPermissions}.
 */
@Entity
@Table(name = "user_group")
public class UserGroup {

  /** One permission setting as stored. */
  @Embeddable
  public record Setting(
      @Enumerated(EnumType.STRING) @Column(name = "scope_type", length = 20) ScopeType scopeType,
      @Column(name = "scope_value", length = 20) String scopeValue,
      @Enumerated(EnumType.STRING) @Column(name = "access_level", length = 10) Access access)
      implements Serializable {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "description", length = 500)
  private String description;

  @Column(name = "all_services", nullable = false)
  private boolean allServices;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_group_member", joinColumns = @JoinColumn(name = "user_group_id"))
  @Column(name = "portal_user_id")
  private Set<Long> members = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "group_permission", joinColumns = @JoinColumn(name = "user_group_id"))
  private Set<Setting> settings = new HashSet<>();

  @Version private long version;

  protected UserGroup() {}

  public UserGroup(long customerId, String name, String description, boolean allServices) {
    this.customerId = customerId;
    this.name = Objects.requireNonNull(name);
    this.description = description;
    this.allServices = allServices;
  }

  public void addMember(long portalUserId) {
    members.add(portalUserId);
  }

  public void removeMember(long portalUserId) {
    members.remove(portalUserId);
  }

  /** Sets (or replaces) the access for one scope. */
  public void permit(ScopeType scope, String value, Access access) {
    settings.removeIf(s -> s.scopeType() == scope && s.scopeValue().equals(value));
    settings.add(new Setting(scope, value, access));
  }

  /** 適用する: name, description, members and settings replaced in one go. */
  void replace(String name, String description, Set<Long> members, Collection<Setting> settings) {
    this.name = Objects.requireNonNull(name);
    this.description = description;
    this.members.clear();
    this.members.addAll(members);
    this.settings.clear();
    this.settings.addAll(settings);
  }

  /** The group's settings as the resolver needs them. */
  public GroupPermissions permissions() {
    if (allServices) {
      return GroupPermissions.ALL_SERVICES;
    }
    Map<ServiceType, Access> byService = new EnumMap<>(ServiceType.class);
    Map<VoiceGroupId, Access> byVoiceGroup = new HashMap<>();
    Map<ContractNumber, Access> byContract = new HashMap<>();
    for (Setting s : settings) {
      switch (s.scopeType()) {
        case SERVICE -> byService.put(ServiceType.valueOf(s.scopeValue()), s.access());
        case VOICE_GROUP -> byVoiceGroup.put(new VoiceGroupId(s.scopeValue()), s.access());
        case CONTRACT -> byContract.put(new ContractNumber(s.scopeValue()), s.access());
        default -> throw new IllegalStateException("unknown scope " + s.scopeType());
      }
    }
    return GroupPermissions.general(byService, byVoiceGroup, byContract);
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public boolean allServices() {
    return allServices;
  }

  public Set<Setting> settings() {
    return Set.copyOf(settings);
  }

  public Set<Long> members() {
    return Set.copyOf(members);
  }
}
