package org.bricshub.capture;

import java.util.ArrayList;
import java.util.List;
import org.bricshub.epcis.AggregationEvent;
import org.bricshub.epcis.AssociationEvent;
import org.bricshub.epcis.BizTransaction;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EventCommon;
import org.bricshub.epcis.ObjectEvent;
import org.bricshub.epcis.QuantityElement;
import org.bricshub.epcis.SourceDestination;
import org.bricshub.epcis.TransactionEvent;
import org.bricshub.epcis.TransformationEvent;

/** Every identifier and reference an event names, with its role (the rows of {@code capture_event_values}). */
final class EventValues {
    private EventValues() {}

    static List<EventValue> of(EpcisEvent event) {
        List<EventValue> out = new ArrayList<>();
        switch (event) {
            case ObjectEvent e -> {
                objects(out, ValueRole.EPC, e.epcList());
                classes(out, ValueRole.EPC_CLASS, e.quantityList());
            }
            case AggregationEvent e -> {
                object(out, ValueRole.PARENT_ID, e.parentID());
                objects(out, ValueRole.CHILD_EPC, e.childEPCs());
                classes(out, ValueRole.CHILD_EPC_CLASS, e.childQuantityList());
            }
            case TransactionEvent e -> {
                object(out, ValueRole.PARENT_ID, e.parentID());
                objects(out, ValueRole.EPC, e.epcList());
                classes(out, ValueRole.EPC_CLASS, e.quantityList());
            }
            case TransformationEvent e -> {
                objects(out, ValueRole.INPUT_EPC, e.inputEPCList());
                classes(out, ValueRole.INPUT_EPC_CLASS, e.inputQuantityList());
                objects(out, ValueRole.OUTPUT_EPC, e.outputEPCList());
                classes(out, ValueRole.OUTPUT_EPC_CLASS, e.outputQuantityList());
            }
            case AssociationEvent e -> {
                object(out, ValueRole.PARENT_ID, e.parentID());
                objects(out, ValueRole.CHILD_EPC, e.childEPCs());
                classes(out, ValueRole.CHILD_EPC_CLASS, e.childQuantityList());
            }
        }
        EventCommon common = event.common();
        for (BizTransaction t : common.bizTransactionList()) {
            out.add(new EventValue(ValueRole.BIZ_TRANSACTION, t.type(), t.value(), null));
        }
        references(out, ValueRole.SOURCE, common.sourceList());
        references(out, ValueRole.DESTINATION, common.destinationList());
        return out;
    }

    private static void object(List<EventValue> out, ValueRole role, String id) {
        if (id != null) {
            out.add(new EventValue(role, null, id, Gs1KeyDigits.of(id)));
        }
    }

    private static void objects(List<EventValue> out, ValueRole role, List<String> ids) {
        ids.forEach(id -> object(out, role, id));
    }

    private static void classes(List<EventValue> out, ValueRole role, List<QuantityElement> quantities) {
        quantities.forEach(q -> object(out, role, q.epcClass()));
    }

    private static void references(List<EventValue> out, ValueRole role, List<SourceDestination> list) {
        list.forEach(r -> out.add(new EventValue(role, r.type(), r.value(), null)));
    }
}
