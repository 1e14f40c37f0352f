package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads typed fields out of JSON objects, recording each problem as a violation at its JSON pointer. */
final class JsonFieldReader {
  private final List<Violation> violations = new ArrayList<>();
  private DocumentNamespaces namespaces;

  JsonFieldReader(DocumentNamespaces namespaces) {
    this.namespaces = namespaces;
  }

  DocumentNamespaces namespaces() {
    return namespaces;
  }

  void useNamespaces(DocumentNamespaces current) {
    this.namespaces = current;
  }

  List<Violation> violations() {
    return violations;
  }

  void violation(String pointer, String rule) {
    violations.add(new Violation(pointer, rule));
  }

  void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new EpcisValidationException(violations);
    }
  }

  String text(JsonNode object, String field, String pointer) {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      violation(pointer + "/" + field, field + " must be a string");
      return null;
    }
    return node.asText();
  }

  String requiredText(JsonNode object, String field, String pointer) {
    String value = text(object, field, pointer);
    if (value == null && !object.has(field)) {
      violation(pointer + "/" + field, field + " is required");
    }
    return value;
  }

  OffsetDateTime time(JsonNode object, String field, String pointer) {
    String text = text(object, field, pointer);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      violation(pointer + "/" + field, field + " must be an RFC 3339 date-time with offset, was '" + text + "'");
      return null;
    }
  }

  BigDecimal decimal(JsonNode object, String field, String pointer) {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      violation(pointer + "/" + field, field + " must be a number");
      return null;
    }
    return node.decimalValue();
  }

  Boolean bool(JsonNode object, String field, String pointer) {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isBoolean()) {
      violation(pointer + "/" + field, field + " must be a boolean");
      return null;
    }
    return node.booleanValue();
  }

  /** A list of strings; a single string is accepted as a list of one where the schema allows it. */
  List<String> texts(JsonNode object, String field, String pointer) {
    JsonNode node = object.get(field);
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (node.isTextual()) {
      values.add(node.asText());
      return values;
    }
    if (!node.isArray()) {
      violation(pointer + "/" + field, field + " must be an array of strings");
      return values;
    }
    for (int i = 0; i < node.size(); i++) {
      if (node.get(i).isTextual()) {
        values.add(node.get(i).asText());
      } else {
        violation(pointer + "/" + field + "/" + i, field + " members must be strings");
      }
    }
    return values;
  }

  /** The array at {@code field}, or an empty array; records a violation when it is not an array. */
  List<JsonNode> array(JsonNode object, String field, String pointer) {
    JsonNode node = object.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (node == null || node.isNull()) {
      return items;
    }
    if (!node.isArray()) {
      violation(pointer + "/" + field, field + " must be an array");
      return items;
    }
    node.forEach(items::add);
    return items;
  }

  /** The object at {@code field}, or null; records a violation when it is not an object. */
  JsonNode object(JsonNode object, String field, String pointer) {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      violation(pointer + "/" + field, field + " must be an object");
      return null;
    }
    return node;
  }
}
