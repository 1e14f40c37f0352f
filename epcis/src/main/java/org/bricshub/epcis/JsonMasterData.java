package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Master data in JSON-LD (EPCIS 2.0 §9.3, the JSON schema's {@code epcisHeader.epcisMasterData.vocabularyList}):
 * {@code [{"type", "vocabularyElementList": [{"id", "attributes": [{"id", "attribute"}], "children": [...]}]}]}.
 */
final class JsonMasterData {
  static final String FIELD = "epcisMasterData";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonMasterData() {}

  /** Reads {@code epcisMasterData}; each broken rule becomes a violation at its pointer. */
  static MasterData read(JsonNode masterData, JsonFieldReader in, String pointer) {
    List<MasterData.Vocabulary> vocabularies = new ArrayList<>();
    List<JsonNode> list = in.array(masterData, "vocabularyList", pointer);
    for (int v = 0; v < list.size(); v++) {
      String at = pointer + "/vocabularyList/" + v;
      JsonNode node = list.get(v);
      String type = uri(node, "type", in, at);
      List<MasterData.VocabularyElement> elements = new ArrayList<>();
      List<JsonNode> nodes = in.array(node, "vocabularyElementList", at);
      for (int e = 0; e < nodes.size(); e++) {
        MasterData.VocabularyElement element = element(nodes.get(e), in, at + "/vocabularyElementList/" + e);
        if (element != null) {
          elements.add(element);
        }
      }
      if (type != null) {
        vocabularies.add(new MasterData.Vocabulary(type, elements));
      }
    }
    return new MasterData(vocabularies);
  }

  private static MasterData.VocabularyElement element(JsonNode node, JsonFieldReader in, String at) {
    String id = uri(node, "id", in, at);
    List<MasterData.Attribute> attributes = new ArrayList<>();
    List<JsonNode> nodes = in.array(node, "attributes", at);
    for (int a = 0; a < nodes.size(); a++) {
      String here = at + "/attributes/" + a;
      String attributeId = uri(nodes.get(a), "id", in, here);
      JsonNode value = nodes.get(a).get("attribute");
      ExtensionValue read = value == null || value.isNull() ? null
          : JsonExtensionCodec.value(value, in, here + "/attribute");
      if (attributeId != null) {
        attributes.add(new MasterData.Attribute(attributeId, read));
      }
    }
    List<String> children = in.texts(node, "children", at);
    return id == null ? null : new MasterData.VocabularyElement(id, attributes, children);
  }

  private static String uri(JsonNode node, String field, JsonFieldReader in, String at) {
    if (!node.isObject()) {
      in.violation(at, "must be an object");
      return null;
    }
    String value = in.requiredText(node, field, at);
    if (value != null && value.isBlank()) {
      in.violation(at + "/" + field, field + " must not be blank");
      return null;
    }
    return value;
  }

  /** The {@code epcisMasterData} object of {@code masterData}. */
  static ObjectNode write(MasterData masterData) {
    ObjectNode root = NODES.objectNode();
    ArrayNode list = root.putArray("vocabularyList");
    for (MasterData.Vocabulary vocabulary : masterData.vocabularies()) {
      ObjectNode v = list.addObject();
      v.put("type", vocabulary.type());
      ArrayNode elements = v.putArray("vocabularyElementList");
      for (MasterData.VocabularyElement element : vocabulary.elements()) {
        ObjectNode e = elements.addObject();
        e.put("id", element.id());
        if (!element.attributes().isEmpty()) {
          ArrayNode attributes = e.putArray("attributes");
          for (MasterData.Attribute attribute : element.attributes()) {
            ObjectNode a = attributes.addObject().put("id", attribute.id());
            if (attribute.value() != null) {
              a.set("attribute", JsonExtensionCodec.write(attribute.value()));
            }
          }
        }
        if (!element.children().isEmpty()) {
          ArrayNode children = e.putArray("children");
          element.children().forEach(children::add);
        }
      }
    }
    return root;
  }

  /** The structured attribute values as extensions, so that writers can declare the prefixes they use. */
  static List<Extension> values(MasterData masterData) {
    List<Extension> values = new ArrayList<>();
    for (MasterData.Vocabulary vocabulary : masterData.vocabularies()) {
      for (MasterData.VocabularyElement element : vocabulary.elements()) {
        for (MasterData.Attribute attribute : element.attributes()) {
          if (attribute.value() != null) {
            values.add(new Extension(new QualifiedName("", "attribute", ""), attribute.value()));
          }
        }
      }
    }
    return values;
  }
}
