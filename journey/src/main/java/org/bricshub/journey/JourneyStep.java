package org.bricshub.journey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a journey, as a consumer sees it.
 *
 * @param hashId the CBV 2.0 event hash ID ({@code ni:///sha-256;<hex>?ver=CBV2.0}), the key of its log entry
 * @param eventType e.g. {@code ObjectEvent}
 * @param timeZoneOffset the event's {@code eventTimeZoneOffset}, e.g. {@code +08:00}
 * @param bizStep the business step as written (a CBV term in any spelling, or a private URI)
 * @param place the registered location of its bizLocation (else readPoint)
 * @param party the organisation that captured it
 * @param certificates the certificationInfo URIs
 * @param sensors one summary per measurement type and unit
 * @param reach how the journey reached it
 * @param subject the identifier through which it was reached (the item, a parent, an input)
 */
public record JourneyStep(String hashId, String eventType, Instant eventTime, String timeZoneOffset,
        Optional<String> action, Optional<String> bizStep, Optional<String> disposition, Optional<Place> place,
        Optional<Party> party, List<String> certificates, List<SensorSummary> sensors, Reach reach, String subject) {
    public JourneyStep {
        Objects.requireNonNull(hashId, "hashId");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(reach, "reach");
        certificates = List.copyOf(certificates);
        sensors = List.copyOf(sensors);
    }

    /** The lower-case hex SHA-256 of the hash ID, which names the event in journey URLs. */
    public String key() {
        return EventKeys.of(hashId);
    }
}
