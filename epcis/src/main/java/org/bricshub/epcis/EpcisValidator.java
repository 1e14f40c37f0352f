package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads EPCIS documents and events only when they are valid: against the GS1 EPCIS 2.0 JSON schema or the EPCIS 2.0
 * XSD, then against the semantic rules of EPCIS 2.0 and CBV 2.0 (vocabulary values, identifier syntax, time-zone
 * offsets, required fields by event type and action). Every violation found is reported together, each located by
 * JSON pointer or XML path, in one {@link EpcisValidationException}. Construction loads the schemas (do it once);
 * instances are thread-safe.
 */
public final class EpcisValidator {
  private final JsonSchemaCheck jsonSchema = new JsonSchemaCheck();
  private final XsdCheck xsd = new XsdCheck();
  private final EpcisJsonCodec json = new EpcisJsonCodec();
  private final EpcisXmlCodec xml = new EpcisXmlCodec();

  /** A valid JSON-LD EPCISDocument or EPCISQueryDocument, or the exception listing every violation. */
  public EpcisDocument readJsonDocument(String text) {
    JsonNode tree = EpcisJsonCodec.parse(text);
    Set<Violation> violations = new LinkedHashSet<>(jsonSchema.violations(tree));
    EpcisDocument document = readOrCollect(() -> json.readDocument(tree), violations);
    if (document != null) {
      String base = document.isQueryDocument()
          ? "/epcisBody/queryResults/resultsBody/eventList/" : "/epcisBody/eventList/";
      for (int i = 0; i < document.events().size(); i++) {
        violations.addAll(EventRules.check(document.events().get(i), base + i));
      }
    }
    throwIfAny(violations);
    return document;
  }

  /** A valid single JSON-LD event (with its {@code @context}), or the exception listing every violation. */
  public EpcisEvent readJsonEvent(String text) {
    JsonNode tree = EpcisJsonCodec.parse(text);
    Set<Violation> violations = new LinkedHashSet<>(jsonSchema.violations(tree));
    EpcisEvent event = readOrCollect(() -> json.readEvent(tree), violations);
    if (event != null) {
      violations.addAll(EventRules.check(event, ""));
    }
    throwIfAny(violations);
    return event;
  }

  /** A valid XML EPCISDocument or EPCISQueryDocument, or the exception listing every violation. */
  public EpcisDocument readXmlDocument(String text) {
    Set<Violation> violations = new LinkedHashSet<>(xsd.violations(text));
    EpcisDocument document = readOrCollect(() -> xml.readDocument(text), violations);
    if (document != null) {
      String base = document.isQueryDocument()
          ? "/EPCISQueryDocument/EPCISBody/QueryResults/resultsBody/EventList/"
          : "/EPCISDocument/EPCISBody/EventList/";
      Map<EventType, Integer> counts = new HashMap<>();
      for (EpcisEvent event : document.events()) {
        int index = counts.merge(event.type(), 1, Integer::sum);
        violations.addAll(EventRules.check(event, base + event.type().standardName() + "[" + index + "]"));
      }
    }
    throwIfAny(violations);
    return document;
  }

  /**
   * The master data of a valid XML EPCISMasterDataDocument (the XSD's stand-alone master-data document), or the
   * exception listing every violation of the XSD and of the shape rules.
   */
  public MasterData readXmlMasterDataDocument(String text) {
    Set<Violation> violations = new LinkedHashSet<>(xsd.violations(text));
    MasterData masterData = readOrCollect(() -> xml.readMasterDataDocument(text), violations);
    throwIfAny(violations);
    return masterData;
  }

  /** Schema and semantic violations are reported together: decoding goes on after a schema violation. */
  private static <T> T readOrCollect(Supplier<T> read, Set<Violation> violations) {
    try {
      return read.get();
    } catch (EpcisValidationException e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  /** The semantic violations of one event from any source, located by JSON pointer relative to the event. */
  public List<Violation> semanticViolations(EpcisEvent event) {
    return EventRules.check(event, "");
  }

  /** The JSON schema violations of a JSON-LD document or event. */
  public List<Violation> jsonSchemaViolations(JsonNode documentOrEvent) {
    return jsonSchema.violations(documentOrEvent);
  }

  /** The XSD violations of an XML document. */
  public List<Violation> xsdViolations(String xmlText) {
    return xsd.violations(xmlText);
  }

  private static void throwIfAny(Set<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new EpcisValidationException(List.copyOf(violations));
    }
  }
}
