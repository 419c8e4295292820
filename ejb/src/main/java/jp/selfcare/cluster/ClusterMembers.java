package jp.selfcare.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The nodes of the cluster as WildFly's default group sees them now (the JGroups view of the HA
 * profile): a node killed leaves it within seconds. On a server without clustering the group is
 * this node alone.
 */
@ApplicationScoped
public class ClusterMembers {

  /** WildFly binds the default channel's membership here (the legacy clustering API). */
  static final String GROUP = "java:jboss/clustering/group/default";

  /** The names ({@code jboss.node.name}) of the nodes in the cluster, this one included. */
  @SuppressWarnings("deprecation")
  public Set<String> names() {
    try {
      org.wildfly.clustering.group.Group group =
          (org.wildfly.clustering.group.Group) new InitialContext().lookup(GROUP);
      return group.getMembership().getMembers().stream()
          .map(org.wildfly.clustering.group.Node::getName)
          .collect(Collectors.toUnmodifiableSet());
    } catch (NamingException e) {
      return Set.of(ThisNode.NAME);
    }
  }
}
