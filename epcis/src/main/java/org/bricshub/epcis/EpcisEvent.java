package org.bricshub.epcis;

/**
 * One EPCIS 2.0 event (EPCIS 2.0 §7.4): what happened to which objects, when, where and why.
 *
 * <p>The five event types share the when/where/why fields in {@link EventCommon}; each record adds its own
 * "what" dimension. Values hold the JSON-LD form of the standard: CBV values compact ({@code "shipping"}),
 * identifiers as written (EPC URN or Digital Link), times with their original offset.
 */
public sealed interface EpcisEvent
    permits ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent {

  /** The fields every event type carries. */
  EventCommon common();

  /** The event type, as named by the standard. */
  default EventType type() {
    return switch (this) {
      case ObjectEvent e -> EventType.OBJECT_EVENT;
      case AggregationEvent e -> EventType.AGGREGATION_EVENT;
      case TransactionEvent e -> EventType.TRANSACTION_EVENT;
      case TransformationEvent e -> EventType.TRANSFORMATION_EVENT;
      case AssociationEvent e -> EventType.ASSOCIATION_EVENT;
    };
  }

  /** The action, or {@code null} for a TransformationEvent, which has none. */
  default Action action() {
    return switch (this) {
      case ObjectEvent e -> e.action();
      case AggregationEvent e -> e.action();
      case TransactionEvent e -> e.action();
      case TransformationEvent e -> null;
      case AssociationEvent e -> e.action();
    };
  }

  /** This event with other common fields, e.g. {@code event.withCommon(event.common().withRecordTime(now))}. */
  default EpcisEvent withCommon(EventCommon common) {
    return switch (this) {
      case ObjectEvent e -> new ObjectEvent(common, e.action(), e.epcList(), e.quantityList(), e.ilmd());
      case AggregationEvent e ->
          new AggregationEvent(common, e.action(), e.parentID(), e.childEPCs(), e.childQuantityList());
      case TransactionEvent e ->
          new TransactionEvent(common, e.action(), e.parentID(), e.epcList(), e.quantityList());
      case TransformationEvent e -> new TransformationEvent(common, e.transformationID(), e.inputEPCList(),
          e.inputQuantityList(), e.outputEPCList(), e.outputQuantityList(), e.ilmd());
      case AssociationEvent e ->
          new AssociationEvent(common, e.action(), e.parentID(), e.childEPCs(), e.childQuantityList());
    };
  }
}
