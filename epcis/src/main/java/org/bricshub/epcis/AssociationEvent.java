package org.bricshub.epcis;

import java.util.List;
import java.util.Objects;

/** An event associating objects (often sensors) with a parent, without physical aggregation (EPCIS 2.0 §7.4.6). */
public record AssociationEvent(
    EventCommon common,
    Action action,
    String parentID,
    List<String> childEPCs,
    List<QuantityElement> childQuantityList)
    implements EpcisEvent {
  public AssociationEvent {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(action, "AssociationEvent requires an action");
    childEPCs = List.copyOf(childEPCs);
    childQuantityList = List.copyOf(childQuantityList);
  }
}
