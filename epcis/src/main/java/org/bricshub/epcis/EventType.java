package org.bricshub.epcis;

import java.util.Arrays;
import java.util.Optional;

/** The five EPCIS 2.0 event types (EPCIS 2.0 §7.4.2 - §7.4.6). */
public enum EventType {
  OBJECT_EVENT("ObjectEvent"),
  AGGREGATION_EVENT("AggregationEvent"),
  TRANSACTION_EVENT("TransactionEvent"),
  TRANSFORMATION_EVENT("TransformationEvent"),
  ASSOCIATION_EVENT("AssociationEvent");

  private final String standardName;

  EventType(String standardName) {
    this.standardName = standardName;
  }

  /** The name used in JSON {@code "type"} and as the XML element name, e.g. {@code ObjectEvent}. */
  public String standardName() {
    return standardName;
  }

  /** The type with that standard name, if any. */
  public static Optional<EventType> fromStandardName(String name) {
    return Arrays.stream(values()).filter(t -> t.standardName.equals(name)).findFirst();
  }
}
