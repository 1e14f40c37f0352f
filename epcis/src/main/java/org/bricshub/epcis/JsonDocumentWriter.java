package org.bricshub.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes EPCISDocument and EPCISQueryDocument JSON-LD (EPCIS 2.0 §9.3, §10.2). */
final class JsonDocumentWriter {
  private JsonDocumentWriter() {}

  static ObjectNode write(EpcisDocument document) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    DocumentNamespaces namespaces = document.namespaces().plus(EventExtensions.prefixes(document.events()));
    java.util.Map<String, String> documentPrefixes = new java.util.LinkedHashMap<>();
    JsonExtensionCodec.collectPrefixes(document.extensions(), documentPrefixes);
    if (document.header() != null) {
      JsonExtensionCodec.collectPrefixes(document.header().members(), documentPrefixes);
    }
    JsonExtensionCodec.collectPrefixes(JsonMasterData.values(document.masterData()), documentPrefixes);
    if (document.queryResults() != null) {
      JsonExtensionCodec.collectPrefixes(document.queryResults().extensions(), documentPrefixes);
    }
    root.set("@context", JsonContexts.write(namespaces.plus(documentPrefixes)));
    root.put("type", document.isQueryDocument() ? "EPCISQueryDocument" : "EPCISDocument");
    JsonWriting.put(root, "id", document.id());
    root.put("schemaVersion", document.schemaVersion());
    JsonWriting.put(root, "creationDate", document.creationDate());
    JsonExtensionCodec.writeMembers(document.extensions(), root);
    if (document.header() != null || !document.masterData().vocabularies().isEmpty()) {
      ObjectNode header = root.putObject("epcisHeader");
      if (document.header() != null) {
        JsonExtensionCodec.writeMembers(document.header().members(), header);
      }
      if (!document.masterData().vocabularies().isEmpty()) {
        header.set(JsonMasterData.FIELD, JsonMasterData.write(document.masterData()));
      }
    }
    ObjectNode body = root.putObject("epcisBody");
    ObjectNode holder = body;
    if (document.isQueryDocument()) {
      ObjectNode results = body.putObject("queryResults");
      results.put("queryName", document.queryResults().queryName());
      JsonWriting.put(results, "subscriptionID", document.queryResults().subscriptionID());
      JsonExtensionCodec.writeMembers(document.queryResults().extensions(), results);
      holder = results.putObject("resultsBody");
    }
    ArrayNode list = holder.putArray("eventList");
    document.events().forEach(event -> list.add(JsonEventWriter.write(event)));
    return root;
  }
}
