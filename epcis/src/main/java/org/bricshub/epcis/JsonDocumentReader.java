package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads EPCISDocument and EPCISQueryDocument JSON-LD (EPCIS 2.0 §9.3, §10.2). */
final class JsonDocumentReader {
  private static final Set<String> DOCUMENT_FIELDS = Set.of("type", "id", "schemaVersion", "creationDate",
      "epcisHeader", "epcisBody");

  private JsonDocumentReader() {}

  static EpcisDocument read(JsonNode root) {
    if (!root.isObject()) {
      throw new EpcisValidationException(List.of(new Violation("", "an EPCIS document must be a JSON object")));
    }
    JsonNode context = root.get("@context");
    DocumentNamespaces namespaces = context == null ? new DocumentNamespaces(List.of(), java.util.Map.of())
        : JsonContexts.read(context, new DocumentNamespaces(List.of(), java.util.Map.of()));
    JsonFieldReader in = new JsonFieldReader(namespaces);
    if (context == null) {
      in.violation("/@context", "@context is required");
    }
    String type = in.requiredText(root, "type", "");
    boolean query = "EPCISQueryDocument".equals(type);
    if (type != null && !query && !"EPCISDocument".equals(type)) {
      in.violation("/type", "type must be EPCISDocument or EPCISQueryDocument, was '" + type + "'");
    }
    String schemaVersion = in.requiredText(root, "schemaVersion", "");
    OffsetDateTime creationDate = in.time(root, "creationDate", "");
    if (creationDate == null && !root.has("creationDate")) {
      in.violation("/creationDate", "creationDate is required");
    }
    JsonNode headerNode = in.object(root, "epcisHeader", "");
    ExtensionValue.Element header = null;
    MasterData masterData = MasterData.NONE;
    if (headerNode != null) {
      List<Extension> members = JsonExtensionCodec.readMembers(headerNode, Set.of(JsonMasterData.FIELD), in,
          "/epcisHeader");
      JsonNode masterNode = in.object(headerNode, JsonMasterData.FIELD, "/epcisHeader");
      if (masterNode != null) {
        masterData = JsonMasterData.read(masterNode, in, "/epcisHeader/" + JsonMasterData.FIELD);
      }
      // A header holding only master data is no other header: written back from the master data alone.
      header = members.isEmpty() && masterNode != null ? null : new ExtensionValue.Element(members);
    }
    JsonNode body = in.object(root, "epcisBody", "");
    if (body == null) {
      in.violation("/epcisBody", "epcisBody is required");
      in.throwIfAny();
    }
    EpcisDocument.QueryResults results = null;
    JsonNode eventHolder = body;
    String eventsAt = "/epcisBody";
    if (query) {
      JsonNode resultsNode = in.object(body, "queryResults", eventsAt);
      if (resultsNode == null) {
        in.violation("/epcisBody/queryResults", "an EPCISQueryDocument requires queryResults");
        in.throwIfAny();
      }
      String queryName = in.requiredText(resultsNode, "queryName", "/epcisBody/queryResults");
      results = new EpcisDocument.QueryResults(queryName == null ? "" : queryName,
          in.text(resultsNode, "subscriptionID", "/epcisBody/queryResults"), JsonExtensionCodec.readMembers(
              resultsNode, Set.of("queryName", "subscriptionID", "resultsBody"), in, "/epcisBody/queryResults"));
      eventHolder = in.object(resultsNode, "resultsBody", "/epcisBody/queryResults");
      eventsAt = "/epcisBody/queryResults/resultsBody";
      if (eventHolder == null) {
        eventHolder = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      }
    }
    List<EpcisEvent> events = new ArrayList<>();
    List<JsonNode> nodes = in.array(eventHolder, "eventList", eventsAt);
    for (int i = 0; i < nodes.size(); i++) {
      EpcisEvent event = JsonEventReader.read(nodes.get(i), in, eventsAt + "/eventList/" + i);
      if (event != null) {
        events.add(event);
      }
    }
    List<Extension> extensions = JsonExtensionCodec.readMembers(root, DOCUMENT_FIELDS, in, "");
    in.throwIfAny();
    return new EpcisDocument(namespaces, in.text(root, "id", ""), schemaVersion, creationDate, header, masterData,
        results, events, extensions);
  }
}
