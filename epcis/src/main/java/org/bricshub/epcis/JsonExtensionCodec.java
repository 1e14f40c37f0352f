package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * User extensions in JSON-LD (EPCIS 2.0 §9.2.2): members named {@code prefix:name} with the prefix bound in the
 * {@code @context}, or named by a full IRI.
 */
final class JsonExtensionCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonExtensionCodec() {}

  /** Every member of {@code object} whose name is not in {@code standardFields}, as extensions. */
  static List<Extension> readMembers(JsonNode object, Set<String> standardFields, JsonFieldReader reader,
      String pointer) {
    List<Extension> extensions = new ArrayList<>();
    var fields = object.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (standardFields.contains(key) || key.startsWith("@")) {
        continue;
      }
      String at = pointer + "/" + escape(key);
      extensions.add(new Extension(name(key, reader, at), value(field.getValue(), reader, at)));
    }
    return extensions;
  }

  static QualifiedName name(String key, JsonFieldReader reader, String pointer) {
    int slash = Math.max(key.lastIndexOf('/'), key.lastIndexOf('#'));
    if (key.contains("://") && slash > 0 && slash < key.length() - 1) {
      return new QualifiedName(key.substring(0, slash + 1), key.substring(slash + 1), "");
    }
    int colon = key.indexOf(':');
    if (colon <= 0) {
      return new QualifiedName("", key, "");
    }
    String prefix = key.substring(0, colon);
    String namespace = reader.namespaces().namespaceOf(prefix).orElse(null);
    if (namespace == null) {
      reader.violation(pointer, "extension prefix '" + prefix + "' is not defined in the @context");
      return new QualifiedName("", key, "");
    }
    return new QualifiedName(namespace, key.substring(colon + 1), prefix);
  }

  static ExtensionValue value(JsonNode node, JsonFieldReader reader, String pointer) {
    if (node.isObject()) {
      return new ExtensionValue.Element(readMembers(node, Set.of(), reader, pointer));
    }
    if (node.isArray()) {
      List<ExtensionValue> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        items.add(value(node.get(i), reader, pointer + "/" + i));
      }
      return new ExtensionValue.Array(items);
    }
    if (node.isNumber()) {
      return new ExtensionValue.Text(node.decimalValue().toString(), ExtensionValue.Kind.NUMBER);
    }
    if (node.isBoolean()) {
      return new ExtensionValue.Text(node.asText(), ExtensionValue.Kind.BOOLEAN);
    }
    if (!node.isTextual()) {
      reader.violation(pointer, "an extension value must not be null");
    }
    return ExtensionValue.Text.of(node.asText());
  }

  /** Writes each extension as a member of {@code target}. */
  static void writeMembers(List<Extension> extensions, ObjectNode target) {
    for (Extension extension : extensions) {
      target.set(key(extension.name()), write(extension.value()));
    }
  }

  static String key(QualifiedName name) {
    if (name.namespace().isEmpty() || !name.prefix().isEmpty()) {
      return name.compact();
    }
    return name.namespace() + name.localName();
  }

  static JsonNode write(ExtensionValue value) {
    return switch (value) {
      case ExtensionValue.Text text -> switch (text.kind()) {
        case STRING -> NODES.textNode(text.text());
        case NUMBER -> NODES.numberNode(new BigDecimal(text.text()));
        case BOOLEAN -> NODES.booleanNode(Boolean.parseBoolean(text.text()));
      };
      case ExtensionValue.Element element -> {
        ObjectNode object = NODES.objectNode();
        writeMembers(element.members(), object);
        yield object;
      }
      case ExtensionValue.Array array -> {
        ArrayNode items = NODES.arrayNode();
        array.items().forEach(item -> items.add(write(item)));
        yield items;
      }
    };
  }

  /** Collects prefix bindings used by extensions, so that a writer can declare them. */
  static void collectPrefixes(List<Extension> extensions, Map<String, String> into) {
    for (Extension extension : extensions) {
      QualifiedName name = extension.name();
      if (!name.prefix().isEmpty()) {
        into.putIfAbsent(name.prefix(), name.namespace());
      }
      collectPrefixes(extension.value(), into);
    }
  }

  private static void collectPrefixes(ExtensionValue value, Map<String, String> into) {
    switch (value) {
      case ExtensionValue.Text text -> { }
      case ExtensionValue.Element element -> collectPrefixes(element.members(), into);
      case ExtensionValue.Array array -> array.items().forEach(item -> collectPrefixes(item, into));
    }
  }

  /** RFC 6901 escaping of one pointer token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
