package org.bricshub.journey;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A captured event as the journey reads it: its row's keys and its stored JSON. */
record StoredEvent(long seq, String hashId, long orgId, Instant time, JsonNode json) {

    String type() {
        return json.path("type").asText();
    }

    String action() {
        return json.path("action").asText("");
    }

    /** An AggregationEvent DELETE naming no children: the parent was unpacked entirely (EPCIS 2.0 §7.4.3). */
    boolean unpacksAll() {
        return type().equals("AggregationEvent") && action().equals("DELETE")
                && json.path("childEPCs").isEmpty() && json.path("childQuantityList").isEmpty();
    }
}
