package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Normalises a JSON-LD tree for comparison: forms the standard makes equivalent become one (CBV values compact,
 * date-times parsed, numbers without trailing zeros, empty arrays dropped, single certificationInfo unwrapped);
 * {@code @context} is left out (compared through the namespaces).
 */
final class JsonComparison {
  private static final List<Vocabulary> VOCABULARIES = List.of(Vocabulary.values());

  private JsonComparison() {}

  static JsonNode normalise(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(field -> {
        if (field.getKey().equals("@context")) {
          return;
        }
        JsonNode value = normalise(field.getValue());
        if (value.isArray() && value.isEmpty()) {
          return;
        }
        if (field.getKey().equals("certificationInfo") && value.isArray() && value.size() == 1) {
          value = value.get(0);
        }
        out.set(field.getKey(), value);
      });
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(normalise(item)));
      return out;
    }
    if (node.isNumber()) {
      return JsonNodeFactory.instance.textNode(node.decimalValue().stripTrailingZeros().toPlainString());
    }
    if (node.isTextual()) {
      return JsonNodeFactory.instance.textNode(text(node.asText()));
    }
    return node;
  }

  private static String text(String value) {
    if (value.length() >= 20 && Character.isDigit(value.charAt(0)) && value.charAt(10) == 'T') {
      try {
        return OffsetDateTime.parse(value).toString();
      } catch (DateTimeParseException e) {
        return value;
      }
    }
    for (Vocabulary vocabulary : VOCABULARIES) {
      String compact = vocabulary.compact(value);
      if (!compact.equals(value)) {
        return compact;
      }
    }
    return value;
  }
}
