package org.bricshub.epcis;

import java.util.List;
import java.util.Objects;

/** An event associating objects with business transactions (EPCIS 2.0 §7.4.4). */
public record TransactionEvent(
    EventCommon common,
    Action action,
    String parentID,
    List<String> epcList,
    List<QuantityElement> quantityList)
    implements EpcisEvent {
  public TransactionEvent {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(action, "TransactionEvent requires an action");
    epcList = List.copyOf(epcList);
    quantityList = List.copyOf(quantityList);
  }
}
