package org.bricshub.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Puts optional values into JSON objects, leaving absent ones out. */
final class JsonWriting {
  private JsonWriting() {}

  static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  static void put(ObjectNode node, String field, OffsetDateTime value) {
    if (value != null) {
      node.put(field, EpcisTimes.format(value));
    }
  }

  static void put(ObjectNode node, String field, BigDecimal value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  static void putAll(ObjectNode node, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field);
      values.forEach(array::add);
    }
  }
}
