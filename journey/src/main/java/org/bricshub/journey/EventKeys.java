package org.bricshub.journey;

import java.util.regex.Pattern;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * The URL-safe key of an event: the hex digest inside its CBV 2.0 hash ID {@code ni:///sha-256;<hex>?ver=CBV2.0}
 * (RFC 6920 named information), so that journey URLs carry no slash, semicolon or question mark.
 */
public final class EventKeys {
    private static final Pattern HASH_ID = Pattern.compile("ni:///sha-256;([0-9a-f]{64})\\?ver=CBV2\\.0");
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private EventKeys() {}

    /** The key of a hash ID. */
    public static String of(String hashId) {
        var m = HASH_ID.matcher(hashId);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a CBV 2.0 event hash ID: " + hashId);
        }
        return m.group(1);
    }

    /**
     * The hash ID of a key.
     *
     * @throws InvalidInputException (eventId) unless it is 64 lower-case hex digits
     */
    public static String hashId(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("eventId", "must be the 64 lower-case hex digits of the event hash ID");
        }
        return "ni:///sha-256;" + key + "?ver=CBV2.0";
    }
}
