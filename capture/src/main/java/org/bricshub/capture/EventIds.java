package org.bricshub.capture;

import java.util.List;

/**
 * Look-ups of stored events by event ID or hash ID through the indexes that hold them (migration V470): the hash IDs
 * of events that are not error declarations are in {@code capture_event_hashes}, those of error declarations in a
 * partial index, and only eventIDs that differ from the event's hash ID in another. An event without an eventID of
 * its own stores its hash ID as eventID, so the three together find every event whose hash ID or eventID is asked for.
 */
final class EventIds {
    /** The seq of every event whose hash ID or eventID is one of three text[] parameters holding the same IDs. */
    static final String SEQS_OF_ANY = "select h.seq from capture_event_hashes h where h.hash_id = any (?::text[]) "
            + "union all select d.seq from capture_events d where d.error_declared and d.hash_id = any (?::text[]) "
            + "union all select n.seq from capture_events n where n.event_id <> n.hash_id and n.event_id = any (?::text[])";

    private EventIds() {}

    /** The parameters of {@link #SEQS_OF_ANY} for these IDs. */
    static List<Object> parameters(String[] ids) {
        return List.of(ids, ids, ids);
    }
}
