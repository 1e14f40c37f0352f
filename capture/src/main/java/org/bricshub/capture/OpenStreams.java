package org.bricshub.capture;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bricshub.epcis.query.EventQuery;

/** The WebSocket subscriptions open now, in memory: they end with their connection. Thread-safe. */
final class OpenStreams {
    private final List<Stream> open = new CopyOnWriteArrayList<>();

    /** One open WebSocket subscription; {@code minRecordTime} moves on as scheduled reports go out. */
    static final class Stream {
        final String id;
        final long orgId;
        final boolean seesEverything;
        final String queryName;
        final EventQuery query;
        final SubscriptionRequest request;
        final Subscriptions.StreamSink sink;
        volatile Instant minRecordTime;
        /**
         * The events sent while a catch-up and the live feed may overlap (an event captured just before the stream
         * opened can reach it both ways), and those the catch-up sent. Only the subscription worker's single thread
         * touches them.
         */
        private final Set<String> overlap = new HashSet<>();
        private boolean caughtUp;

        Stream(String id, long orgId, boolean seesEverything, String queryName, EventQuery query,
                SubscriptionRequest request, Instant minRecordTime, Subscriptions.StreamSink sink) {
            this.id = id;
            this.orgId = orgId;
            this.seesEverything = seesEverything;
            this.queryName = queryName;
            this.query = query;
            this.request = request;
            this.minRecordTime = minRecordTime;
            this.sink = sink;
            this.caughtUp = !(request.stream() && request.initialRecordTime() != null);
        }

        /** The events of a live delivery that the stream has not received yet. */
        List<String> unsentLive(List<String> events) {
            List<String> fresh = events.stream().filter(e -> !overlap.contains(e)).toList();
            if (!caughtUp) {
                overlap.addAll(fresh);
            }
            return fresh;
        }

        /** The events of the catch-up that the live feed has not delivered already. */
        List<String> unsentCatchUp(List<String> events) {
            List<String> fresh = events.stream().filter(e -> !overlap.contains(e)).toList();
            overlap.addAll(fresh);
            caughtUp = true;
            return fresh;
        }
    }

    void add(Stream stream) {
        open.add(stream);
    }

    void remove(Stream stream) {
        open.remove(stream);
    }

    List<Stream> all() {
        return List.copyOf(open);
    }

    /** Ends every stream of the organisation's query. */
    void closeAll(long orgId, String queryName, String reason) {
        for (Stream s : open) {
            if (s.orgId == orgId && s.queryName.equals(queryName)) {
                open.remove(s);
                s.sink.close(reason);
            }
        }
    }
}
