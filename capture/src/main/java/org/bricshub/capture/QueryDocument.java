package org.bricshub.capture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.bricshub.epcis.DocumentNamespaces;
import org.bricshub.epcis.EpcisJsonCodec;

/**
 * The EPCISQueryDocument (EPCIS 2.0 §9, JSON-LD) that carries query results: to a {@code GET /events} caller, to a
 * webhook and over a WebSocket. Each event keeps its own {@code @context}.
 */
public final class QueryDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

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
        document.putArray("@context").add(DocumentNamespaces.STANDARD_CONTEXT);
        document.put("type", "EPCISQueryDocument").put("schemaVersion", "2.0")
                .put("creationDate", creationDate.toString());
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", queryName);
        if (subscriptionId != null) {
            results.put("subscriptionID", subscriptionId);
        }
        ArrayNode list = results.putObject("resultsBody").putArray("eventList");
        events.forEach(e -> list.add(EpcisJsonCodec.parse(e)));
        return document.toString();
    }
}
