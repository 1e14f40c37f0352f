package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.UriFormat;
import com.networknt.schema.regex.RegularExpressions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quick verdict on a JSON instance against a draft-7 JSON schema (the keywords the GS1 EPCIS 2.0 schema uses),
 * compiled once: {@link Verdict#VALID} only where the networknt validator that {@link JsonSchemaCheck} runs finds no
 * violation either, {@link Verdict#INVALID} only where it finds one, and {@link Verdict#UNKNOWN} wherever this check
 * cannot be sure of networknt's reading (an unknown keyword, a non-integral number against {@code integer}, a failed
 * {@code format}): the caller then asks networknt. It builds no error objects and no paths, which is what makes a valid
 * document cheap to check; networknt stays the source of the messages of an invalid one. Formats and patterns are
 * checked by networknt's own classes and pattern translation, so they cannot read differently. Thread-safe.
 */
final class JsonSchemaVerdict {
  private static final String DEFINITIONS = "#/definitions/";
  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "definitions", "title", "description",
      "$comment", "examples", "default", "then", "else");
  private static final UriFormat URI = new UriFormat();
  private static final DateTimeFormat DATE_TIME = new DateTimeFormat();

  enum Verdict { VALID, INVALID, UNKNOWN }

  @FunctionalInterface
  private interface Check {
    Verdict of(JsonNode instance);
  }

  private final Map<String, Check> definitions = new HashMap<>();
  private final Check root;

  JsonSchemaVerdict(JsonNode schema) {
    JsonNode defs = schema.path("definitions");
    defs.fieldNames().forEachRemaining(name -> definitions.put(name, compile(defs.get(name))));
    root = compile(schema);
  }

  Verdict of(JsonNode instance) {
    return root.of(instance);
  }

  private Check compile(JsonNode schema) {
    if (schema.isBoolean()) {
      Verdict fixed = schema.booleanValue() ? Verdict.VALID : Verdict.INVALID;
      return v -> fixed;
    }
    if (!schema.isObject()) {
      return v -> Verdict.UNKNOWN;
    }
    List<Check> checks = new ArrayList<>();
    Check ref = null;
    for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
      JsonNode value = keyword.getValue();
      switch (keyword.getKey()) {
        case "$ref" -> ref = reference(value.asText());
        case "type" -> checks.add(type(value));
        case "enum" -> checks.add(enumeration(value));
        case "properties" -> checks.add(properties(value));
        case "required" -> checks.add(required(value));
        case "additionalProperties" -> checks.add(schema.has("patternProperties") ? v -> Verdict.UNKNOWN
            : additional(schema.path("properties"), compile(value)));
        case "propertyNames" -> checks.add(propertyNames(compile(value)));
        case "items" -> checks.add(value.isObject() || value.isBoolean() ? items(compile(value)) : v -> Verdict.UNKNOWN);
        case "minItems" -> checks.add(minItems(value.asInt()));
        case "uniqueItems" -> checks.add(value.asBoolean() ? JsonSchemaVerdict::unique : v -> Verdict.VALID);
        case "pattern" -> checks.add(pattern(value.asText()));
        case "format" -> checks.add(format(value.asText()));
        case "allOf" -> checks.add(allOf(compileAll(value)));
        case "anyOf" -> checks.add(anyOf(compileAll(value)));
        case "oneOf" -> checks.add(oneOf(compileAll(value)));
        case "not" -> checks.add(not(compile(value)));
        case "if" -> checks.add(ifThenElse(compile(value), schema.get("then"), schema.get("else")));
        default -> checks.add(ANNOTATIONS.contains(keyword.getKey()) ? v -> Verdict.VALID : v -> Verdict.UNKNOWN);
      }
    }
    Check siblings = allOf(checks);
    if (ref == null) {
      return siblings;
    }
    // Draft 7 ignores the siblings of $ref; whether a validator does is its choice. Sure only where both readings agree.
    Check target = ref;
    return v -> {
      Verdict r = target.of(v);
      Verdict s = siblings.of(v);
      return s == Verdict.VALID || r == Verdict.INVALID ? r : Verdict.UNKNOWN;
    };
  }

  private List<Check> compileAll(JsonNode schemas) {
    List<Check> out = new ArrayList<>();
    schemas.forEach(s -> out.add(compile(s)));
    return out;
  }

  private Check reference(String ref) {
    if (!ref.startsWith(DEFINITIONS)) {
      return v -> Verdict.UNKNOWN;
    }
    // A URI fragment holding a JSON pointer (RFC 6901 §6): percent-decoded, then ~1 and ~0 unescaped.
    String name = java.net.URLDecoder.decode(ref.substring(DEFINITIONS.length()).replace("+", "%2B"),
        java.nio.charset.StandardCharsets.UTF_8).replace("~1", "/").replace("~0", "~");
    // Looked up when checking: definitions refer to each other (and to themselves) before all are compiled.
    return v -> {
      Check target = definitions.get(name);
      return target == null ? Verdict.UNKNOWN : target.of(v);
    };
  }

  private static Check type(JsonNode value) {
    List<String> names = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(n -> names.add(n.asText()));
    } else {
      names.add(value.asText());
    }
    return v -> {
      Verdict verdict = Verdict.INVALID;
      for (String name : names) {
        Verdict one = switch (name) {
          case "string" -> is(v.isTextual());
          case "object" -> is(v.isObject());
          case "array" -> is(v.isArray());
          case "boolean" -> is(v.isBoolean());
          case "null" -> is(v.isNull());
          case "number" -> is(v.isNumber());
          case "integer" -> v.isIntegralNumber() ? Verdict.VALID : v.isNumber() ? Verdict.UNKNOWN : Verdict.INVALID;
          default -> Verdict.UNKNOWN;
        };
        verdict = either(verdict, one);
      }
      return verdict;
    };
  }

  private static Check enumeration(JsonNode values) {
    Set<String> texts = new HashSet<>();
    values.forEach(n -> texts.add(n.isTextual() ? n.asText() : null));
    if (texts.contains(null)) {
      return v -> contains(values, v) ? Verdict.VALID : Verdict.UNKNOWN;
    }
    return v -> is(v.isTextual() && texts.contains(v.asText()));
  }

  private static boolean contains(JsonNode values, JsonNode v) {
    for (JsonNode n : values) {
      if (n.equals(v)) {
        return true;
      }
    }
    return false;
  }

  private Check properties(JsonNode properties) {
    Map<String, Check> checks = new HashMap<>();
    properties.fieldNames().forEachRemaining(name -> checks.put(name, compile(properties.get(name))));
    return v -> {
      if (!v.isObject()) {
        return Verdict.VALID;
      }
      Verdict verdict = Verdict.VALID;
      for (Map.Entry<String, JsonNode> member : v.properties()) {
        Check check = checks.get(member.getKey());
        if (check != null && (verdict = both(verdict, check.of(member.getValue()))) == Verdict.INVALID) {
          return verdict;
        }
      }
      return verdict;
    };
  }

  private static Check required(JsonNode names) {
    List<String> list = new ArrayList<>();
    names.forEach(n -> list.add(n.asText()));
    return v -> {
      if (v.isObject()) {
        for (String name : list) {
          if (!v.has(name)) {
            return Verdict.INVALID;
          }
        }
      }
      return Verdict.VALID;
    };
  }

  private static Check additional(JsonNode properties, Check check) {
    Set<String> declared = new HashSet<>();
    properties.fieldNames().forEachRemaining(declared::add);
    return v -> {
      Verdict verdict = Verdict.VALID;
      if (v.isObject()) {
        for (Map.Entry<String, JsonNode> member : v.properties()) {
          if (!declared.contains(member.getKey())) {
            verdict = both(verdict, check.of(member.getValue()));
          }
        }
      }
      return verdict;
    };
  }

  private static Check propertyNames(Check check) {
    return v -> {
      Verdict verdict = Verdict.VALID;
      if (v.isObject()) {
        for (var names = v.fieldNames(); names.hasNext() && verdict != Verdict.INVALID; ) {
          verdict = both(verdict, check.of(TextNode.valueOf(names.next())));
        }
      }
      return verdict;
    };
  }

  private static Check items(Check check) {
    return v -> {
      Verdict verdict = Verdict.VALID;
      if (v.isArray()) {
        for (int i = 0; i < v.size() && verdict != Verdict.INVALID; i++) {
          verdict = both(verdict, check.of(v.get(i)));
        }
      }
      return verdict;
    };
  }

  private static Check minItems(int min) {
    return v -> is(!v.isArray() || v.size() >= min);
  }

  /** Equal items are duplicates in any reading; items holding numbers might be equal numerically only: unsure. */
  private static Verdict unique(JsonNode v) {
    if (!v.isArray() || v.size() < 2) {
      return Verdict.VALID;
    }
    Set<JsonNode> seen = new HashSet<>();
    boolean numbers = false;
    for (JsonNode item : v) {
      if (!seen.add(item)) {
        return Verdict.INVALID;
      }
      numbers |= holdsNumber(item);
    }
    return numbers ? Verdict.UNKNOWN : Verdict.VALID;
  }

  private static boolean holdsNumber(JsonNode node) {
    if (node.isNumber()) {
      return true;
    }
    for (JsonNode child : node) {
      if (holdsNumber(child)) {
        return true;
      }
    }
    return false;
  }

  /** As networknt's JDK regular expressions: ECMA-262 anchors and character properties translated, then find. */
  private static Check pattern(String regex) {
    Pattern pattern = Pattern.compile(RegularExpressions.replaceLongformCharacterProperties(
        RegularExpressions.replaceDollarAnchors(regex)));
    return v -> is(!v.isTextual() || pattern.matcher(v.asText()).find());
  }

  /** A value that matches the format is valid; one that does not is left to networknt (formats may only annotate). */
  private static Check format(String name) {
    return switch (name) {
      case "uri" -> v -> !v.isTextual() || URI.matches(null, v.asText()) ? Verdict.VALID : Verdict.UNKNOWN;
      case "date-time" -> v -> !v.isTextual() || DATE_TIME.matches(null, v.asText()) ? Verdict.VALID : Verdict.UNKNOWN;
      default -> v -> Verdict.UNKNOWN;
    };
  }

  private static Check allOf(List<Check> checks) {
    Check[] all = checks.toArray(Check[]::new);
    return v -> {
      Verdict verdict = Verdict.VALID;
      for (int i = 0; i < all.length && verdict != Verdict.INVALID; i++) {
        verdict = both(verdict, all[i].of(v));
      }
      return verdict;
    };
  }

  private static Check anyOf(List<Check> checks) {
    Check[] all = checks.toArray(Check[]::new);
    return v -> {
      Verdict verdict = Verdict.INVALID;
      for (int i = 0; i < all.length && verdict != Verdict.VALID; i++) {
        verdict = either(verdict, all[i].of(v));
      }
      return verdict;
    };
  }

  private static Check oneOf(List<Check> checks) {
    return v -> {
      int valid = 0;
      for (Check check : checks) {
        Verdict one = check.of(v);
        if (one == Verdict.UNKNOWN) {
          return Verdict.UNKNOWN;
        }
        valid += one == Verdict.VALID ? 1 : 0;
      }
      return is(valid == 1);
    };
  }

  private static Check not(Check check) {
    return v -> switch (check.of(v)) {
      case VALID -> Verdict.INVALID;
      case INVALID -> Verdict.VALID;
      case UNKNOWN -> Verdict.UNKNOWN;
    };
  }

  private Check ifThenElse(Check condition, JsonNode then, JsonNode otherwise) {
    Check yes = then == null ? v -> Verdict.VALID : compile(then);
    Check no = otherwise == null ? v -> Verdict.VALID : compile(otherwise);
    return v -> switch (condition.of(v)) {
      case VALID -> yes.of(v);
      case INVALID -> no.of(v);
      case UNKNOWN -> Verdict.UNKNOWN;
    };
  }

  private static Verdict is(boolean valid) {
    return valid ? Verdict.VALID : Verdict.INVALID;
  }

  private static Verdict both(Verdict a, Verdict b) {
    return a == Verdict.INVALID || b == Verdict.INVALID ? Verdict.INVALID
        : a == Verdict.UNKNOWN || b == Verdict.UNKNOWN ? Verdict.UNKNOWN : Verdict.VALID;
  }

  private static Verdict either(Verdict a, Verdict b) {
    return a == Verdict.VALID || b == Verdict.VALID ? Verdict.VALID
        : a == Verdict.UNKNOWN || b == Verdict.UNKNOWN ? Verdict.UNKNOWN : Verdict.INVALID;
  }
}
