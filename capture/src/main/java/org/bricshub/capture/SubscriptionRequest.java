package org.bricshub.capture;

import java.net.URI;
import java.time.Instant;

/**
 * What a client asks when it subscribes to a named query (REST binding AbstractQuerySubscription with
 * QueryStreamSubscription or QueryScheduleSubscription): exactly one of {@code stream} and {@code schedule}.
 *
 * @param dest the webhook URL (http or https); {@code null} for a WebSocket subscription
 * @param signatureToken the client's secret the server signs deliveries with, or {@code null} for unsigned ones
 * @param schedule when to run, or {@code null} for a stream
 * @param initialRecordTime report events recorded from then on; {@code null} for "from now"
 */
public record SubscriptionRequest(URI dest, String signatureToken, boolean stream, QuerySchedule schedule,
        boolean reportIfEmpty, Instant initialRecordTime) {

    /** @throws SubscriptionControlsException when the request breaks the binding's rules */
    public SubscriptionRequest {
        if (stream == (schedule != null)) {
            throw new SubscriptionControlsException(stream ? "stream and schedule are mutually exclusive"
                    : "a subscription sets stream to true or gives a schedule");
        }
        if (stream && reportIfEmpty) {
            throw new SubscriptionControlsException("reportIfEmpty applies to scheduled subscriptions only");
        }
        if (dest != null && (!dest.isAbsolute() || dest.getHost() == null
                || !(dest.getScheme().equals("https") || dest.getScheme().equals("http")))) {
            throw new SubscriptionControlsException("dest must be an absolute http or https URL, was " + dest);
        }
        if (signatureToken != null && signatureToken.isBlank()) {
            throw new SubscriptionControlsException("signatureToken, when given, is not blank");
        }
    }
}
