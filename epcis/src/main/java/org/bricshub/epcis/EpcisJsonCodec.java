package org.bricshub.epcis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes EPCIS 2.0 JSON-LD (EPCIS 2.0 §9): EPCISDocument, EPCISQueryDocument and single events.
 * CBV values are accepted compact, as URNs, as web URIs or as CURIEs, and written compact. Thread-safe.
 */
public final class EpcisJsonCodec {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /** Parses JSON text into a tree, keeping decimals exact. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new EpcisValidationException(
          List.of(new Violation("", "not well-formed JSON: " + e.getOriginalMessage())));
    }
  }

  /** Parses JSON bytes (UTF-8, as received) into a tree, keeping decimals exact. */
  public static JsonNode parse(java.io.InputStream json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new EpcisValidationException(
          List.of(new Violation("", "not well-formed JSON: " + e.getOriginalMessage())));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads an EPCISDocument or EPCISQueryDocument; every problem found is reported at once. */
  public EpcisDocument readDocument(String json) {
    return readDocument(parse(json));
  }

  /** Reads an EPCISDocument or EPCISQueryDocument from a parsed tree. */
  public EpcisDocument readDocument(JsonNode root) {
    return JsonDocumentReader.read(root);
  }

  /** Reads one event, optionally carrying its own {@code @context}. */
  public EpcisEvent readEvent(String json) {
    return readEvent(parse(json));
  }

  /** Reads one event from a parsed tree. */
  public EpcisEvent readEvent(JsonNode node) {
    JsonFieldReader in = new JsonFieldReader(DocumentNamespaces.standard());
    EpcisEvent event = JsonEventReader.read(node, in, "");
    in.throwIfAny();
    return event;
  }

  /** Writes a document (or query document), declaring every extension prefix its events use. */
  public String writeDocument(EpcisDocument document) {
    return toText(JsonDocumentWriter.write(document));
  }

  /** Writes a document as a tree. */
  public ObjectNode documentTree(EpcisDocument document) {
    return JsonDocumentWriter.write(document);
  }

  /** Writes one event standalone, with an {@code @context} binding the prefixes it uses. */
  public String writeEvent(EpcisEvent event) {
    return toText(eventTree(event));
  }

  /** One event standalone as a tree, {@code @context} first. */
  public ObjectNode eventTree(EpcisEvent event) {
    ObjectNode node = MAPPER.createObjectNode();
    Map<String, String> prefixes = EventExtensions.prefixes(List.of(event));
    node.set("@context", JsonContexts.write(DocumentNamespaces.standard().plus(prefixes)));
    node.setAll(JsonEventWriter.write(event));
    return node;
  }

  /** One event as a tree without {@code @context}, as it appears inside a document's eventList. */
  public ObjectNode eventMember(EpcisEvent event) {
    return JsonEventWriter.write(event);
  }

  /**
   * Master data as the {@code epcisMasterData} member of a JSON-LD header: {@code {"vocabularyList": [{"type",
   * "vocabularyElementList": [{"id", "attributes": [{"id", "attribute"}], "children"}]}]}}.
   */
  public ObjectNode masterDataTree(MasterData masterData) {
    return JsonMasterData.write(masterData);
  }

  /**
   * Reads master data in the form {@link #masterDataTree} writes ({@code {"vocabularyList": [...]}}), the extension
   * prefixes of structured attribute values bound as given (besides the standard context's); every broken shape rule
   * is reported at once.
   */
  public MasterData readMasterData(JsonNode epcisMasterData, Map<String, String> prefixes) {
    JsonFieldReader in = new JsonFieldReader(DocumentNamespaces.standard().plus(prefixes));
    MasterData masterData = JsonMasterData.read(epcisMasterData, in, "");
    in.throwIfAny();
    return masterData;
  }

  /** The extension prefixes (prefix to namespace) that the structured attribute values of the master data use. */
  public Map<String, String> masterDataPrefixes(MasterData masterData) {
    Map<String, String> prefixes = new java.util.LinkedHashMap<>();
    JsonExtensionCodec.collectPrefixes(JsonMasterData.values(masterData), prefixes);
    return prefixes;
  }

  /** An array of events as they appear in an eventList. */
  public ArrayNode eventList(List<EpcisEvent> events) {
    ArrayNode array = MAPPER.createArrayNode();
    events.forEach(event -> array.add(JsonEventWriter.write(event)));
    return array;
  }

  static String toText(JsonNode node) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
