package org.bricshub.epcis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The namespaces of a document: the JSON-LD context URLs and the prefix bindings written with it (EPCIS 2.0 §9.2.1),
 * or the namespaces declared in XML. The prefixes of the standard EPCIS context ({@code gs1}, {@code cbv},
 * {@code cbvmda}, ...) are always known.
 *
 * @param contextUrls the context URLs in the order written, usually the standard EPCIS context
 * @param prefixes prefix to namespace IRI, in the order written
 */
public record DocumentNamespaces(List<String> contextUrls, Map<String, String> prefixes) {

  /** The URL of the standard EPCIS 2.0 JSON-LD context. */
  public static final String STANDARD_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

  /** The prefixes the standard context defines. */
  public static final Map<String, String> STANDARD_PREFIXES = Map.of(
      "epcis", "https://ref.gs1.org/epcis/",
      "cbv", "https://ref.gs1.org/cbv/",
      "cbvmda", "urn:epcglobal:cbv:mda:",
      "gs1", "https://gs1.org/voc/",
      "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
      "owl", "http://www.w3.org/2002/07/owl#",
      "xsd", "http://www.w3.org/2001/XMLSchema#",
      "dcterms", "http://purl.org/dc/terms/");

  public DocumentNamespaces {
    contextUrls = List.copyOf(contextUrls);
    prefixes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(prefixes)));
  }

  /** The standard context and no extra prefixes. */
  public static DocumentNamespaces standard() {
    return new DocumentNamespaces(List.of(STANDARD_CONTEXT), Map.of());
  }

  /** The namespace bound to a prefix here or by the standard context. */
  public Optional<String> namespaceOf(String prefix) {
    String own = prefixes.get(prefix);
    return Optional.ofNullable(own != null ? own : STANDARD_PREFIXES.get(prefix));
  }

  /**
   * These namespaces with the prefixes of {@code other} added where not already bound; bindings the standard
   * context already makes are not repeated.
   */
  public DocumentNamespaces plus(Map<String, String> other) {
    Map<String, String> merged = new LinkedHashMap<>(prefixes);
    other.forEach((prefix, namespace) -> {
      if (!namespace.equals(STANDARD_PREFIXES.get(prefix))) {
        merged.putIfAbsent(prefix, namespace);
      }
    });
    return new DocumentNamespaces(contextUrls, merged);
  }
}
