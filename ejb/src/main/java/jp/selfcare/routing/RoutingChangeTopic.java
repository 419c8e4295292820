package jp.selfcare.routing;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.selfcare.cluster.ThisNode;

/**
 * The {@value #TOPIC} topic: after a change commits, every node (this one too) hears which log
 * entries to apply. Messages are not persistent: one lost to a broker's death costs only the time
 * to the next reconciliation, which reads the same entries from the log. Sent in the background,
 * after the commit, so no request waits for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingChangeTopic {

  static final String TOPIC = "java:/jms/topic/RoutingChanges";

  /** The node that made the change (its cache reloaded the numbers already). */
  static final String NODE = "node";

  private static final Logger LOG = Logger.getLogger(RoutingChangeTopic.class.getName());

  @Inject
  @JMSConnectionFactory("java:/ConnectionFactory")
  private JMSContext jms;

  @Resource(lookup = TOPIC)
  private Topic topic;

  @Asynchronous
  public void publish(List<RoutingChange> changes) {
    try {
      TextMessage message = jms.createTextMessage(format(changes));
      message.setStringProperty(NODE, ThisNode.NAME);
      jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(topic, message);
    } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "routing changes not published (the next reconciliation applies them): "
                  + changes.stream().map(RoutingChange::id).toList());
    }
  }

  /** One line per entry. */
  static String format(List<RoutingChange> changes) {
    return changes.stream().map(RoutingChange::line).collect(Collectors.joining("\n"));
  }

  static List<RoutingChange> parse(String text) {
    return text.isBlank() ? List.of() : text.lines().map(RoutingChange::ofLine).toList();
  }
}
