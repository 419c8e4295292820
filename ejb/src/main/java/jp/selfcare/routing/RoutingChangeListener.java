package jp.selfcare.routing;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Hears the {@code RoutingChanges} topic on this node (a subscription of its own, so every node
 * hears every change) and has the cache apply the entries it has not applied yet. One session: the
 * cache's writers are serial anyway.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = RoutingChangeTopic.TOPIC),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingChangeListener implements MessageListener {

  @EJB private RoutingCache cache;

  @Override
  public void onMessage(Message message) {
    try {
      cache.apply(
          message.getStringProperty(RoutingChangeTopic.NODE),
          RoutingChangeTopic.parse(((TextMessage) message).getText()));
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable routing change message", e);
    }
  }
}
