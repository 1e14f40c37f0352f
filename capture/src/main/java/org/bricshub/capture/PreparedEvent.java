package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.bricshub.epcis.CanonicalJson;
import org.bricshub.epcis.EpcisEvent;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.EventCommon;

/**
 * An accepted event as it will be stored and served: recordTime set by the server, eventID defaulted to the hash
 * ID, its canonical JSON (RFC 8785, in UTF-8: the bytes both the log entry's content hash and the stored row take)
 * and its log entry.
 */
record PreparedEvent(EpcisEvent served, String hashId, byte[] canonicalUtf8, LogEntry entry, List<EventValue> values) {
    private static final EpcisJsonCodec JSON = new EpcisJsonCodec();

    static PreparedEvent of(EpcisEvent event, String hashId, OffsetDateTime recordTime) {
        EventCommon common = event.common().withRecordTime(recordTime);
        if (common.eventID() == null) {
            common = common.withEventID(hashId);
        }
        EpcisEvent served = event.withCommon(common);
        byte[] canonical = CanonicalJson.of(JSON.eventTree(served)).getBytes(StandardCharsets.UTF_8);
        return new PreparedEvent(served, hashId, canonical, LogEntry.of(hashId, canonical), EventValues.of(event));
    }

    boolean isErrorDeclaration() {
        return served.common().errorDeclaration() != null;
    }
}
