package org.bricshub.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick schema verdict must never contradict networknt: on every GS1 JSON example, on each of its events alone,
 * and on systematic mutations of them (each member removed, unknown members added, each value replaced by values of
 * other kinds and by near-miss strings, arrays emptied and repeated), VALID means networknt finds no violation and
 * INVALID means it finds one. UNKNOWN is allowed (networknt decides then), but not for the GS1 examples that are valid.
 */
class JsonSchemaVerdictTest {
  private static final JsonSchemaCheck CHECK = new JsonSchemaCheck();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Mutants checked per example, spread over all of them ({@code -DschemaMutants=100000} checks every one). */
  private static final int MUTANTS_PER_EXAMPLE = Integer.getInteger("schemaMutants", 80);

  static Stream<String> examples() {
    return Gs1Examples.files("examples", ".jsonld", ".json");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void quickVerdict_gs1ExampleAndMutations_neverContradictsNetworknt(String example) {
    JsonNode document = EpcisJsonCodec.parse(Gs1Examples.read("examples", example));
    assertAgrees(example, document);
    if (CHECK.networkntViolations(document).isEmpty()) {
      assertThat(CHECK.quickVerdict(document)).as("a valid GS1 example takes the quick path: " + example)
          .isEqualTo(JsonSchemaVerdict.Verdict.VALID);
    }
    List<JsonNode> mutants = new ArrayList<>();
    mutate(document, document, mutants::add);
    for (JsonNode event : document.path("epcisBody").path("eventList")) {
      ObjectNode alone = event.deepCopy();
      alone.set("@context", document.get("@context"));
      mutants.add(alone);
      mutate(alone, alone, mutants::add);
    }
    int stride = Math.max(1, mutants.size() / MUTANTS_PER_EXAMPLE);
    for (int i = 0; i < mutants.size(); i += stride) {
      assertAgrees(example + " mutant " + i, mutants.get(i));
    }
  }

  private static void assertAgrees(String what, JsonNode instance) {
    JsonSchemaVerdict.Verdict quick = CHECK.quickVerdict(instance);
    boolean valid = CHECK.networkntViolations(instance).isEmpty();
    if (quick != JsonSchemaVerdict.Verdict.UNKNOWN) {
      assertThat(quick).as(what + ": " + instance).isEqualTo(valid ? JsonSchemaVerdict.Verdict.VALID
          : JsonSchemaVerdict.Verdict.INVALID);
    }
  }

  /** Every single-edit mutant of {@code root} at or below {@code node}, each a fresh copy of the whole document. */
  private static void mutate(JsonNode root, JsonNode node, Consumer<JsonNode> out) {
    if (node instanceof ObjectNode object) {
      for (String name : iterable(object)) {
        out.accept(edit(root, object, o -> ((ObjectNode) o).remove(name)));
        for (JsonNode replacement : replacements(object.get(name))) {
          out.accept(edit(root, object, o -> ((ObjectNode) o).set(name, replacement)));
        }
        mutate(root, object.get(name), out);
      }
      out.accept(edit(root, object, o -> ((ObjectNode) o).put("unknownField", 1)));
      out.accept(edit(root, object, o -> ((ObjectNode) o).put("example:extension", "x")));
    } else if (node instanceof ArrayNode array) {
      out.accept(edit(root, array, a -> ((ArrayNode) a).removeAll()));
      if (!array.isEmpty()) {
        out.accept(edit(root, array, a -> ((ArrayNode) a).add(a.get(0).deepCopy())));
        for (int i = 0; i < array.size(); i++) {
          int index = i;
          for (JsonNode replacement : replacements(array.get(i))) {
            out.accept(edit(root, array, a -> ((ArrayNode) a).set(index, replacement)));
          }
          mutate(root, array.get(i), out);
        }
      }
    }
  }

  private static List<JsonNode> replacements(JsonNode value) {
    List<JsonNode> out = new ArrayList<>(List.of(NODES.textNode(""), NODES.numberNode(7), NODES.nullNode(),
        NODES.objectNode(), NODES.arrayNode(), NODES.booleanNode(true)));
    if (value.isTextual()) {
      String s = value.asText();
      out.addAll(List.of(NODES.textNode(s + "\n"), NODES.textNode(s + " x"), NODES.textNode("urn:" + s),
          NODES.textNode("https://gs1.org/voc/" + s), NODES.textNode(s.toUpperCase()), NODES.textNode("+25:00"),
          NODES.textNode("2024-02-30T10:00:00Z")));
    } else if (value.isNumber()) {
      out.addAll(List.of(NODES.textNode(value.asText()), NODES.numberNode(new BigDecimal("1.5")),
          NODES.numberNode(new BigDecimal("2.0")), NODES.numberNode(-1)));
    }
    return out;
  }

  /** A copy of the whole document with {@code change} applied to the copy of {@code target}. */
  private static JsonNode edit(JsonNode root, JsonNode target, Consumer<JsonNode> change) {
    JsonNode copy = root.deepCopy();
    change.accept(find(root, copy, target));
    return copy;
  }

  private static JsonNode find(JsonNode original, JsonNode copy, JsonNode target) {
    if (original == target) {
      return copy;
    }
    for (int i = 0; i < original.size() && original.isArray(); i++) {
      JsonNode found = find(original.get(i), copy.get(i), target);
      if (found != null) {
        return found;
      }
    }
    if (original.isObject()) {
      for (String name : iterable((ObjectNode) original)) {
        JsonNode found = find(original.get(name), copy.get(name), target);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static List<String> iterable(ObjectNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
