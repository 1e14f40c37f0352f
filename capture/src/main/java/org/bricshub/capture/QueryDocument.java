package org.bricshub.capture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bricshub.epcis.DocumentNamespaces;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.MasterData;

/**
 * The EPCISQueryDocument (EPCIS 2.0 §9, JSON-LD) that carries query results: to a {@code GET /events} caller, to a
 * webhook and over a WebSocket. Each event keeps its own {@code @context}. Also the answer to a master-data query.
 */
public final class QueryDocument {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EpcisJsonCodec CODEC = new EpcisJsonCodec();

    private QueryDocument() {}

    /**
     * The document as JSON text.
     *
     * @param queryName {@code SimpleEventQuery} for an ad-hoc query, else the named query's name
     * @param subscriptionId the subscription delivering it, or {@code null}
     * @param events each event's canonical JSON, as {@link EventPage#events()} holds them
     */
    public static String of(String queryName, String subscriptionId, List<String> events, Instant creationDate) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode results = results(document, queryName, creationDate);
        if (subscriptionId != null) {
            results.put("subscriptionID", subscriptionId);
        }
        ArrayNode list = results.putObject("resultsBody").putArray("eventList");
        events.forEach(e -> list.add(EpcisJsonCodec.parse(e)));
        return document.toString();
    }

    /**
     * The document answering a master-data query: {@code resultsBody.vocabularyList}, with the empty
     * {@code eventList} that the GS1 JSON schema's {@code resultsBody} requires.
     */
    public static String ofMasterData(String queryName, MasterData masterData, Instant creationDate) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode body = results(document, queryName, creationDate).putObject("resultsBody");
        Map<String, String> prefixes = CODEC.masterDataPrefixes(masterData);
        if (!prefixes.isEmpty()) {
            // The prefixes of structured attribute values (ex:street), declared after the standard context.
            ObjectNode declared = ((ArrayNode) document.get("@context")).addObject();
            prefixes.forEach(declared::put);
        }
        body.putArray("eventList");
        body.set("vocabularyList", CODEC.masterDataTree(masterData).get("vocabularyList"));
        return document.toString();
    }

    private static ObjectNode results(ObjectNode document, String queryName, Instant creationDate) {
        document.putArray("@context").add(DocumentNamespaces.STANDARD_CONTEXT);
        document.put("type", "EPCISQueryDocument").put("schemaVersion", "2.0")
                .put("creationDate", creationDate.toString());
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", queryName);
        return results;
    }
}
