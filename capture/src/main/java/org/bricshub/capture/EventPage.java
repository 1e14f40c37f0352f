package org.bricshub.capture;

import java.util.List;

/**
 * One page of query results.
 *
 * @param events each event's canonical JSON (as {@code GET /epcis/events/{eventID}} serves it), in result order
 * @param nextPageToken the token of the next page, or {@code null} on the last page
 */
public record EventPage(List<String> events, String nextPageToken) {
    public EventPage {
        events = List.copyOf(events);
    }
}
