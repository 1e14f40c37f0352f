package org.bricshub.epcis;

import java.util.List;
import java.util.Objects;

/**
 * An event about objects identified by instance (epcList) or class (quantityList) (EPCIS 2.0 §7.4.2).
 *
 * @param ilmd instance/lot master data, {@code null} when absent
 */
public record ObjectEvent(
    EventCommon common, Action action, List<String> epcList, List<QuantityElement> quantityList, Ilmd ilmd)
    implements EpcisEvent {
  public ObjectEvent {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(action, "ObjectEvent requires an action");
    epcList = List.copyOf(epcList);
    quantityList = List.copyOf(quantityList);
  }
}
