package org.bricshub.epcis;

import java.util.List;
import java.util.Objects;

/** An event about objects physically aggregated into a parent, e.g. packed onto a pallet (EPCIS 2.0 §7.4.3). */
public record AggregationEvent(
    EventCommon common,
    Action action,
    String parentID,
    List<String> childEPCs,
    List<QuantityElement> childQuantityList)
    implements EpcisEvent {
  public AggregationEvent {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(action, "AggregationEvent requires an action");
    childEPCs = List.copyOf(childEPCs);
    childQuantityList = List.copyOf(childQuantityList);
  }
}
