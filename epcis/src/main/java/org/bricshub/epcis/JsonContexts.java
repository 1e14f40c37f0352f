package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code @context} forms GS1 uses (EPCIS 2.0 §9.2.1): the standard context URL alone, or an array of URLs and
 * objects binding extension prefixes to namespaces.
 */
final class JsonContexts {
  private JsonContexts() {}

  /** The namespaces of {@code context}, on top of {@code outer} (an event's own context inside a document). */
  static DocumentNamespaces read(JsonNode context, DocumentNamespaces outer) {
    List<String> urls = new ArrayList<>(outer.contextUrls());
    Map<String, String> prefixes = new LinkedHashMap<>(outer.prefixes());
    List<JsonNode> entries = new ArrayList<>();
    if (context.isArray()) {
      context.forEach(entries::add);
    } else {
      entries.add(context);
    }
    for (JsonNode entry : entries) {
      if (entry.isTextual() && !urls.contains(entry.asText())) {
        urls.add(entry.asText());
      } else if (entry.isObject()) {
        entry.properties().forEach(binding -> {
          if (binding.getValue().isTextual()) {
            prefixes.put(binding.getKey(), binding.getValue().asText());
          }
        });
      }
    }
    return new DocumentNamespaces(urls, prefixes);
  }

  /** The context to write: the URLs (the standard one if none), then one object per prefix binding. */
  static JsonNode write(DocumentNamespaces namespaces) {
    ArrayNode context = JsonNodeFactory.instance.arrayNode();
    List<String> urls = namespaces.contextUrls().isEmpty()
        ? List.of(DocumentNamespaces.STANDARD_CONTEXT) : namespaces.contextUrls();
    urls.forEach(context::add);
    namespaces.prefixes().forEach((prefix, namespace) -> {
      ObjectNode binding = context.addObject();
      binding.put(prefix, namespace);
    });
    return context.size() == 1 ? context.get(0) : context;
  }
}
