package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one JSON-LD event (EPCIS 2.0 §9) into the model. */
final class JsonEventReader {
  static final Set<String> COMMON_FIELDS = Set.of("type", "eventTime", "eventTimeZoneOffset", "recordTime",
      "eventID", "errorDeclaration", "certificationInfo", "bizStep", "disposition", "persistentDisposition",
      "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList", "sensorElementList");
  static final Map<EventType, Set<String>> TYPE_FIELDS = Map.of(
      EventType.OBJECT_EVENT, Set.of("action", "epcList", "quantityList", "ilmd"),
      EventType.AGGREGATION_EVENT, Set.of("action", "parentID", "childEPCs", "childQuantityList"),
      EventType.TRANSACTION_EVENT, Set.of("action", "parentID", "epcList", "quantityList"),
      EventType.TRANSFORMATION_EVENT, Set.of("transformationID", "inputEPCList", "inputQuantityList",
          "outputEPCList", "outputQuantityList", "ilmd"),
      EventType.ASSOCIATION_EVENT, Set.of("action", "parentID", "childEPCs", "childQuantityList"));
  private static final Set<String> LOCATION_FIELDS = Set.of("id");
  private static final Set<String> ERROR_FIELDS = Set.of("declarationTime", "reason", "correctiveEventIDs");

  private JsonEventReader() {}

  /** The event, or null when it is too broken to build; the problems are in {@code in}. */
  static EpcisEvent read(JsonNode node, JsonFieldReader in, String at) {
    if (!node.isObject()) {
      in.violation(at, "an event must be an object");
      return null;
    }
    String typeName = in.requiredText(node, "type", at);
    EventType type = typeName == null ? null : EventType.fromStandardName(typeName).orElse(null);
    if (type == null) {
      if (typeName != null) {
        in.violation(at + "/type", "unknown event type '" + typeName + "'");
      }
      return null;
    }
    DocumentNamespaces outer = in.namespaces();
    JsonNode context = node.get("@context");
    if (context != null) {
      in.useNamespaces(JsonContexts.read(context, outer));
    }
    try {
      Set<String> standard = new HashSet<>(COMMON_FIELDS);
      standard.addAll(TYPE_FIELDS.get(type));
      int before = in.violations().size();
      node.fieldNames().forEachRemaining(name -> {
        if (!standard.contains(name) && !name.startsWith("@") && name.indexOf(':') < 0) {
          in.violation(at + "/" + JsonExtensionCodec.escape(name),
              "'" + name + "' is not a field of " + typeName + " and not a namespaced extension");
        }
      });
      EventCommon common = common(node, standard, in, at);
      Action action = type == EventType.TRANSFORMATION_EVENT ? null : action(node, in, at);
      if (in.violations().size() > before) {
        return null;
      }
      return switch (type) {
        case OBJECT_EVENT -> new ObjectEvent(common, action, in.texts(node, "epcList", at),
            quantities(node, "quantityList", in, at), ilmd(node, in, at));
        case AGGREGATION_EVENT -> new AggregationEvent(common, action, in.text(node, "parentID", at),
            in.texts(node, "childEPCs", at), quantities(node, "childQuantityList", in, at));
        case TRANSACTION_EVENT -> new TransactionEvent(common, action, in.text(node, "parentID", at),
            in.texts(node, "epcList", at), quantities(node, "quantityList", in, at));
        case TRANSFORMATION_EVENT -> new TransformationEvent(common, in.text(node, "transformationID", at),
            in.texts(node, "inputEPCList", at), quantities(node, "inputQuantityList", in, at),
            in.texts(node, "outputEPCList", at), quantities(node, "outputQuantityList", in, at),
            ilmd(node, in, at));
        case ASSOCIATION_EVENT -> new AssociationEvent(common, action, in.text(node, "parentID", at),
            in.texts(node, "childEPCs", at), quantities(node, "childQuantityList", in, at));
      };
    } finally {
      in.useNamespaces(outer);
    }
  }

  private static EventCommon common(JsonNode node, Set<String> standard, JsonFieldReader in, String at) {
    var eventTime = in.time(node, "eventTime", at);
    String offset = in.requiredText(node, "eventTimeZoneOffset", at);
    if (eventTime == null && !node.has("eventTime")) {
      in.violation(at + "/eventTime", "eventTime is required");
    }
    JsonNode persistent = in.object(node, "persistentDisposition", at);
    if (eventTime == null || offset == null) {
      return null;
    }
    return new EventCommon(eventTime, offset, in.time(node, "recordTime", at), in.text(node, "eventID", at),
        errorDeclaration(node, in, at), in.texts(node, "certificationInfo", at),
        Vocabulary.BIZ_STEP.compact(in.text(node, "bizStep", at)),
        Vocabulary.DISPOSITION.compact(in.text(node, "disposition", at)),
        persistent == null ? null : new PersistentDisposition(
            dispositions(in.texts(persistent, "set", at + "/persistentDisposition")),
            dispositions(in.texts(persistent, "unset", at + "/persistentDisposition"))),
        location(node, "readPoint", in, at), location(node, "bizLocation", in, at),
        bizTransactions(node, in, at), sourceDestinations(node, "sourceList", "source", in, at),
        sourceDestinations(node, "destinationList", "destination", in, at), JsonSensorCodec.read(node, in, at),
        JsonExtensionCodec.readMembers(node, standard, in, at));
  }

  private static List<String> dispositions(List<String> values) {
    return values.stream().map(Vocabulary.DISPOSITION::compact).toList();
  }

  private static Action action(JsonNode node, JsonFieldReader in, String at) {
    String text = in.requiredText(node, "action", at);
    if (text == null) {
      return null;
    }
    try {
      return Action.valueOf(text);
    } catch (IllegalArgumentException e) {
      in.violation(at + "/action", "action must be ADD, OBSERVE or DELETE, was '" + text + "'");
      return null;
    }
  }

  private static ErrorDeclaration errorDeclaration(JsonNode node, JsonFieldReader in, String at) {
    JsonNode declaration = in.object(node, "errorDeclaration", at);
    if (declaration == null) {
      return null;
    }
    String here = at + "/errorDeclaration";
    var time = in.time(declaration, "declarationTime", here);
    if (time == null) {
      in.violation(here + "/declarationTime", "declarationTime is required");
      return null;
    }
    return new ErrorDeclaration(time, Vocabulary.ERROR_REASON.compact(in.text(declaration, "reason", here)),
        in.texts(declaration, "correctiveEventIDs", here),
        JsonExtensionCodec.readMembers(declaration, ERROR_FIELDS, in, here));
  }

  private static Location location(JsonNode node, String field, JsonFieldReader in, String at) {
    JsonNode location = in.object(node, field, at);
    if (location == null) {
      return null;
    }
    String id = in.requiredText(location, "id", at + "/" + field);
    return id == null ? null
        : new Location(id, JsonExtensionCodec.readMembers(location, LOCATION_FIELDS, in, at + "/" + field));
  }

  private static List<BizTransaction> bizTransactions(JsonNode node, JsonFieldReader in, String at) {
    List<BizTransaction> result = new ArrayList<>();
    List<JsonNode> items = in.array(node, "bizTransactionList", at);
    for (int i = 0; i < items.size(); i++) {
      String here = at + "/bizTransactionList/" + i;
      String value = in.requiredText(items.get(i), "bizTransaction", here);
      if (value != null) {
        result.add(new BizTransaction(
            Vocabulary.BIZ_TRANSACTION_TYPE.compact(in.text(items.get(i), "type", here)), value));
      }
    }
    return result;
  }

  private static List<SourceDestination> sourceDestinations(JsonNode node, String list, String member,
      JsonFieldReader in, String at) {
    List<SourceDestination> result = new ArrayList<>();
    List<JsonNode> items = in.array(node, list, at);
    for (int i = 0; i < items.size(); i++) {
      String here = at + "/" + list + "/" + i;
      String type = in.requiredText(items.get(i), "type", here);
      String value = in.requiredText(items.get(i), member, here);
      if (type != null && value != null) {
        result.add(new SourceDestination(Vocabulary.SOURCE_DESTINATION_TYPE.compact(type), value));
      }
    }
    return result;
  }

  private static List<QuantityElement> quantities(JsonNode node, String field, JsonFieldReader in, String at) {
    List<QuantityElement> result = new ArrayList<>();
    List<JsonNode> items = in.array(node, field, at);
    for (int i = 0; i < items.size(); i++) {
      String here = at + "/" + field + "/" + i;
      String epcClass = in.requiredText(items.get(i), "epcClass", here);
      BigDecimal quantity = in.decimal(items.get(i), "quantity", here);
      if (epcClass != null) {
        result.add(new QuantityElement(epcClass, quantity, in.text(items.get(i), "uom", here)));
      }
    }
    return result;
  }

  private static Ilmd ilmd(JsonNode node, JsonFieldReader in, String at) {
    JsonNode ilmd = in.object(node, "ilmd", at);
    return ilmd == null ? null : new Ilmd(JsonExtensionCodec.readMembers(ilmd, Set.of(), in, at + "/ilmd"));
  }
}
