package org.bricshub.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes one event as JSON-LD (EPCIS 2.0 §9), fields in the order of the standard's examples. */
final class JsonEventWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonEventWriter() {}

  static ObjectNode write(EpcisEvent event) {
    ObjectNode node = NODES.objectNode();
    EventCommon c = event.common();
    node.put("type", event.type().standardName());
    JsonWriting.put(node, "eventTime", c.eventTime());
    node.put("eventTimeZoneOffset", c.eventTimeZoneOffset());
    JsonWriting.put(node, "recordTime", c.recordTime());
    JsonWriting.put(node, "eventID", c.eventID());
    if (c.certificationInfo().size() == 1) {
      node.put("certificationInfo", c.certificationInfo().getFirst());
    } else {
      JsonWriting.putAll(node, "certificationInfo", c.certificationInfo());
    }
    writeErrorDeclaration(c.errorDeclaration(), node);
    switch (event) {
      case ObjectEvent e -> {
        JsonWriting.putAll(node, "epcList", e.epcList());
        writeQuantities(node, "quantityList", e.quantityList());
      }
      case AggregationEvent e -> {
        JsonWriting.put(node, "parentID", e.parentID());
        JsonWriting.putAll(node, "childEPCs", e.childEPCs());
        writeQuantities(node, "childQuantityList", e.childQuantityList());
      }
      case TransactionEvent e -> {
        JsonWriting.put(node, "parentID", e.parentID());
        JsonWriting.putAll(node, "epcList", e.epcList());
        writeQuantities(node, "quantityList", e.quantityList());
      }
      case TransformationEvent e -> {
        JsonWriting.putAll(node, "inputEPCList", e.inputEPCList());
        writeQuantities(node, "inputQuantityList", e.inputQuantityList());
        JsonWriting.putAll(node, "outputEPCList", e.outputEPCList());
        writeQuantities(node, "outputQuantityList", e.outputQuantityList());
        JsonWriting.put(node, "transformationID", e.transformationID());
      }
      case AssociationEvent e -> {
        JsonWriting.put(node, "parentID", e.parentID());
        JsonWriting.putAll(node, "childEPCs", e.childEPCs());
        writeQuantities(node, "childQuantityList", e.childQuantityList());
      }
    }
    if (event.action() != null) {
      node.put("action", event.action().name());
    }
    writeWhereWhy(c, node);
    Ilmd ilmd = switch (event) {
      case ObjectEvent e -> e.ilmd();
      case TransformationEvent e -> e.ilmd();
      default -> null;
    };
    if (ilmd != null) {
      JsonExtensionCodec.writeMembers(ilmd.members(), node.putObject("ilmd"));
    }
    JsonExtensionCodec.writeMembers(c.extensions(), node);
    return node;
  }

  private static void writeWhereWhy(EventCommon c, ObjectNode node) {
    JsonWriting.put(node, "bizStep", c.bizStep());
    JsonWriting.put(node, "disposition", c.disposition());
    if (c.persistentDisposition() != null) {
      ObjectNode persistent = node.putObject("persistentDisposition");
      JsonWriting.putAll(persistent, "set", c.persistentDisposition().set());
      JsonWriting.putAll(persistent, "unset", c.persistentDisposition().unset());
    }
    writeLocation(node, "readPoint", c.readPoint());
    writeLocation(node, "bizLocation", c.bizLocation());
    if (!c.bizTransactionList().isEmpty()) {
      ArrayNode list = node.putArray("bizTransactionList");
      for (BizTransaction t : c.bizTransactionList()) {
        ObjectNode item = list.addObject();
        JsonWriting.put(item, "type", t.type());
        item.put("bizTransaction", t.value());
      }
    }
    writeSourceDestinations(node, "sourceList", "source", c.sourceList());
    writeSourceDestinations(node, "destinationList", "destination", c.destinationList());
    JsonSensorCodec.write(c.sensorElementList(), node);
  }

  private static void writeErrorDeclaration(ErrorDeclaration declaration, ObjectNode node) {
    if (declaration == null) {
      return;
    }
    ObjectNode out = node.putObject("errorDeclaration");
    JsonWriting.put(out, "declarationTime", declaration.declarationTime());
    JsonWriting.put(out, "reason", declaration.reason());
    JsonWriting.putAll(out, "correctiveEventIDs", declaration.correctiveEventIDs());
    JsonExtensionCodec.writeMembers(declaration.extensions(), out);
  }

  private static void writeLocation(ObjectNode node, String field, Location location) {
    if (location != null) {
      ObjectNode out = node.putObject(field);
      out.put("id", location.id());
      JsonExtensionCodec.writeMembers(location.extensions(), out);
    }
  }

  private static void writeSourceDestinations(ObjectNode node, String list, String member,
      List<SourceDestination> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(list);
      for (SourceDestination value : values) {
        ObjectNode item = array.addObject();
        item.put("type", value.type());
        item.put(member, value.value());
      }
    }
  }

  private static void writeQuantities(ObjectNode node, String field, List<QuantityElement> quantities) {
    if (!quantities.isEmpty()) {
      ArrayNode array = node.putArray(field);
      for (QuantityElement q : quantities) {
        ObjectNode item = array.addObject();
        item.put("epcClass", q.epcClass());
        JsonWriting.put(item, "quantity", q.quantity());
        JsonWriting.put(item, "uom", q.uom());
      }
    }
  }
}
