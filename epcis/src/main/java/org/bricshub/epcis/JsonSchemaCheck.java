package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates JSON-LD documents and single events against the GS1 EPCIS 2.0 JSON schema (the root schema dispatches on
 * {@code type}). Loaded once; thread-safe.
 *
 * <p>The schema is loaded with every {@code anyOf} rewritten into an equivalent, cheaper form
 * ({@link #enumerationsFirst}): {@code anyOf} holds when any branch holds, so inlining nested {@code anyOf}s, merging
 * string enumerations and checking them first changes no verdict. The GS1 schema puts the URI branch (a URI parse,
 * and an error object with a serialised message when it fails) before the enumeration that most values match
 * ({@code bizStep}, {@code disposition}) and splits the property-name lists of events over two branches; rewritten,
 * a standard value or field name passes at the first branch. Only the messages of an invalid value may differ.
 *
 * <p>A valid document is recognised by {@link JsonSchemaVerdict} first, compiled from the same rewritten schema.
 */
final class JsonSchemaCheck {
  private static final String SCHEMA = "schema/EPCIS-JSON-Schema.json";
  private static final String DEFINITIONS = "#/definitions/";

  private final Schema schema;
  private final JsonSchemaVerdict verdict;

  JsonSchemaCheck() {
    try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA);
      }
      JsonNode tree = EpcisJsonCodec.parse(in);
      enumerationsFirst(tree, tree.get("definitions"));
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(tree);
      verdict = new JsonSchemaVerdict(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rewrites every {@code anyOf} of the tree into an equivalent one that is cheaper to check: a branch that only refers
   * to a definition which is itself an {@code anyOf} is replaced by that definition's branches (anyOf is associative),
   * branches that are plain string enumerations are merged into one, and that enumeration comes first.
   */
  static void enumerationsFirst(JsonNode node, JsonNode definitions) {
    if (node instanceof ObjectNode object) {
      if (object.get("anyOf") instanceof ArrayNode branches) {
        List<JsonNode> ordered = new ArrayList<>();
        ArrayNode values = branches.arrayNode();
        for (JsonNode branch : inlined(branches, definitions)) {
          if (isStringEnumeration(branch)) {
            branch.get("enum").forEach(values::add);
          } else {
            ordered.add(branch);
          }
        }
        if (!values.isEmpty()) {
          ObjectNode merged = branches.objectNode().put("type", "string");
          merged.set("enum", values);
          ordered.addFirst(merged);
        }
        branches.removeAll();
        ordered.forEach(branches::add);
      }
      object.elements().forEachRemaining(child -> enumerationsFirst(child, definitions));
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> enumerationsFirst(child, definitions));
    }
  }

  private static List<JsonNode> inlined(ArrayNode branches, JsonNode definitions) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode branch : branches) {
      JsonNode target = branch.size() == 1 && branch.path("$ref").asText().startsWith(DEFINITIONS)
          ? definitions.get(branch.get("$ref").asText().substring(DEFINITIONS.length())) : null;
      if (target != null && target.size() == 1 && target.get("anyOf") instanceof ArrayNode nested) {
        out.addAll(inlined(nested, definitions));
      } else {
        out.add(branch);
      }
    }
    return out;
  }

  /** {"enum": [strings]} or {"type": "string", "enum": [strings]}, nothing else. */
  private static boolean isStringEnumeration(JsonNode branch) {
    int keys = branch.size();
    boolean typed = "string".equals(branch.path("type").asText(null));
    if (!(branch.get("enum") instanceof ArrayNode values) || keys != (typed ? 2 : 1)) {
      return false;
    }
    for (JsonNode value : values) {
      if (!value.isTextual()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every schema violation, located by JSON pointer, duplicates removed, in the order the validator found them. A
   * document that the compiled verdict finds valid has none, and networknt is not run (it costs several times more).
   */
  List<Violation> violations(JsonNode document) {
    if (verdict.of(document) == JsonSchemaVerdict.Verdict.VALID) {
      return List.of();
    }
    return networkntViolations(document);
  }

  /** The quick verdict alone (tests compare it with networknt's). */
  JsonSchemaVerdict.Verdict quickVerdict(JsonNode document) {
    return verdict.of(document);
  }

  /** The violations as networknt finds them, with no quick verdict first (tests compare the two). */
  List<Violation> networkntViolations(JsonNode document) {
    Set<Violation> found = new LinkedHashSet<>();
    for (Error error : schema.validate(document)) {
      String pointer = pointer(error.getInstanceLocation());
      found.add(new Violation(pointer, "schema: " + message(error, pointer)));
    }
    return new ArrayList<>(found);
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(JsonExtensionCodec.escape(String.valueOf(path.getElement(i))));
    }
    return pointer.toString();
  }

  private static String message(Error error, String pointer) {
    String message = error.getMessage();
    String located = pointer.isEmpty() ? "$" : pointer;
    for (String prefix : List.of(located + ": ", "$" + pointer.replace('/', '.') + ": ", ": ")) {
      if (message.startsWith(prefix)) {
        return message.substring(prefix.length());
      }
    }
    return message;
  }
}
