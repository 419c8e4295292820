package jp.selfcare.web.users;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.identity.permission.Access;
import jp.selfcare.identity.permission.InvalidGroupException;
import jp.selfcare.identity.permission.ScopeType;
import jp.selfcare.identity.permission.UserGroup.Setting;
import jp.selfcare.identity.permission.UserGroups;
import jp.selfcare.identity.permission.UserGroups.GroupDraft;
import jp.selfcare.identity.permission.UserGroups.GroupSummary;
import jp.selfcare.identity.permission.UserGroups.Member;
import jp.selfcare.identity.permission.UserGroups.VoiceGroupChoice;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.model.DualListModel;

/**
 * ユーザーグループ管理 (portal administrators): the list, creation, and the edit of one group — members with
 * a two-list picker, permissions per service / voice group / contract — collected on the page and
 * stored only by 適用する after a summary of what changes. The service checks everything again.
 */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserGroups groups;

  private List<GroupSummary> list;

  private String newName;
  private String newDescription;
  private boolean newAllServices;

  private Long editing;
  private GroupDraft original;
  private String name;
  private String description;
  private DualListModel<String> members = new DualListModel<>();
  private final Map<String, String> memberLabels = new LinkedHashMap<>();
  private List<Setting> settings = new ArrayList<>();
  private boolean reviewing;

  private ScopeType scope = ScopeType.SERVICE;
  private String target;
  private Access access = Access.READ;

  public List<GroupSummary> getList() {
    if (list == null) {
      list = groups.ofMyCustomer();
    }
    return list;
  }

  /** ユーザーグループ作成, then straight to its members and permissions. */
  public void create() {
    try {
      long id = groups.create(newName, newDescription, newAllServices);
      Messages.info("groups.created", newName.strip());
      newName = null;
      newDescription = null;
      newAllServices = false;
      list = null;
      edit(id);
    } catch (InvalidGroupException e) {
      problems(e);
    }
  }

  /** Opens one group for editing. */
  public void edit(long groupId) {
    original = groups.draft(groupId);
    editing = groupId;
    name = original.name();
    description = original.description();
    memberLabels.clear();
    List<String> source = new ArrayList<>();
    List<String> assigned = new ArrayList<>();
    for (Member m : groups.candidates()) {
      String id = Long.toString(m.id());
      memberLabels.put(id, m.name() + " (" + m.loginId() + ")");
      (original.members().contains(m.id()) ? assigned : source).add(id);
    }
    members = new DualListModel<>(source, assigned);
    settings = new ArrayList<>(original.settings());
    settings.sort(SETTING_ORDER);
    reviewing = false;
  }

  /** 削除 (after the confirmation dialog). */
  public void delete(GroupSummary group) {
    groups.delete(group.id());
    Messages.info("groups.deleted", group.name());
    list = null;
    if (Long.valueOf(group.id()).equals(editing)) {
      close();
    }
  }

  /** 権限を追加: one setting into the page's draft (replacing the same scope's). */
  public void addPermission() {
    if (target == null || target.isBlank()) {
      return;
    }
    settings.removeIf(s -> s.scopeType() == scope && s.scopeValue().equals(target));
    settings.add(new Setting(scope, target, access));
    settings.sort(SETTING_ORDER);
    target = null;
  }

  public void removePermission(Setting setting) {
    settings.remove(setting);
  }

  /** 確認: shows what 適用する will change. */
  public void review() {
    reviewing = true;
  }

  /** Back from the summary to the edit. */
  public void back() {
    reviewing = false;
  }

  /** 適用する: the whole draft in one transaction; all problems at once when refused. */
  public void apply() {
    try {
      groups.apply(editing, draft());
      Messages.info("groups.applied", name.strip());
      list = null;
      close();
    } catch (InvalidGroupException e) {
      reviewing = false;
      problems(e);
    }
  }

  public void close() {
    editing = null;
    original = null;
    reviewing = false;
  }

  private GroupDraft draft() {
    Set<Long> ids = new HashSet<>();
    members.getTarget().forEach(id -> ids.add(Long.valueOf(id)));
    return new GroupDraft(name, description, original.allServices(), ids, new HashSet<>(settings));
  }

  private static void problems(InvalidGroupException e) {
    Messages.errors("groups.", e.problems());
  }

  private static final Comparator<Setting> SETTING_ORDER =
      Comparator.comparing(Setting::scopeType).thenComparing(Setting::scopeValue);

  /** Users 適用する adds, by label. */
  public List<String> getAddedMembers() {
    return labels(members.getTarget().stream().filter(id -> !wasMember(id)).toList());
  }

  /** Users 適用する removes, by label. */
  public List<String> getRemovedMembers() {
    List<String> now = members.getTarget();
    return labels(
        original.members().stream().map(String::valueOf).filter(id -> !now.contains(id)).toList());
  }

  private boolean wasMember(String id) {
    return original.members().contains(Long.valueOf(id));
  }

  private List<String> labels(List<String> ids) {
    return ids.stream().map(this::memberLabel).sorted().toList();
  }

  public String memberLabel(String id) {
    return memberLabels.getOrDefault(id, id);
  }

  /** What the target list offers for the chosen scope. */
  public List<String> getTargets() {
    return switch (scope) {
      case SERVICE -> List.of(ServiceType.values()).stream().map(Enum::name).toList();
      case VOICE_GROUP ->
          groups.voiceGroups().stream().map(VoiceGroupChoice::voiceGroupId).toList();
      case CONTRACT -> groups.contractNumbers();
    };
  }

  public ScopeType[] getScopes() {
    return ScopeType.values();
  }

  public Access[] getAccessLevels() {
    return Access.values();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public boolean isAllServices() {
    return original != null && original.allServices();
  }

  public boolean isReviewing() {
    return reviewing;
  }

  public List<Setting> getSettings() {
    return settings;
  }

  public DualListModel<String> getMembers() {
    return members;
  }

  public void setMembers(DualListModel<String> members) {
    this.members = members;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewDescription() {
    return newDescription;
  }

  public void setNewDescription(String newDescription) {
    this.newDescription = newDescription;
  }

  public boolean isNewAllServices() {
    return newAllServices;
  }

  public void setNewAllServices(boolean newAllServices) {
    this.newAllServices = newAllServices;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ScopeType getScope() {
    return scope;
  }

  public void setScope(ScopeType scope) {
    this.scope = scope;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public Access getAccess() {
    return access;
  }

  public void setAccess(Access access) {
    this.access = access;
  }
}
