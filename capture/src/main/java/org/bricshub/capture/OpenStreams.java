package org.bricshub.capture;

import java.time.Instant;
import java.util.List;
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
