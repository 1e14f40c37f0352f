package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The verifiable-log entry of one captured event (docs/design/epcis-repository.md): the UTF-8 text
 * {@code "bricshub/epcis-event/v1\n" + eventHashId + "\n" + contentSha256 + "\n"}. The content hash is the lower-case
 * hex SHA-256 of the event's RFC 8785 canonical JSON, exactly the bytes {@code GET /epcis/events/{eventID}} serves, so
 * anyone holding the event can recompute the entry and its RFC 9162 leaf hash.
 *
 * @param eventHashId the CBV 2.0 event hash ID ({@code ni:///sha-256;...?ver=CBV2.0})
 * @param contentSha256 64 lower-case hex digits
 */
public record LogEntry(String eventHashId, String contentSha256) {
    static final String HEADER = "bricshub/epcis-event/v1";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public LogEntry {
        Objects.requireNonNull(eventHashId, "eventHashId");
        if (eventHashId.contains("\n")) {
            throw new IllegalArgumentException("an event hash ID has no line break: " + eventHashId);
        }
        if (contentSha256 == null || !SHA256_HEX.matcher(contentSha256).matches()) {
            throw new IllegalArgumentException("contentSha256 must be 64 lower-case hex digits: " + contentSha256);
        }
    }

    /** The entry of an event with this hash ID whose canonical JSON is {@code canonicalJson}. */
    public static LogEntry of(String eventHashId, String canonicalJson) {
        return of(eventHashId, canonicalJson.getBytes(StandardCharsets.UTF_8));
    }

    /** The entry of an event with this hash ID whose canonical JSON, in UTF-8, is {@code canonicalUtf8}. */
    static LogEntry of(String eventHashId, byte[] canonicalUtf8) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUtf8);
            return new LogEntry(eventHashId, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** The entry's bytes as appended to the log. */
    public byte[] bytes() {
        return (HEADER + "\n" + eventHashId + "\n" + contentSha256 + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The entry in these bytes, or {@code null} when they are not an EPCIS event entry (other log users). */
    public static LogEntry parse(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length != 4 || !lines[0].equals(HEADER) || !lines[3].isEmpty()
                || !SHA256_HEX.matcher(lines[2]).matches()) {
            return null;
        }
        return new LogEntry(lines[1], lines[2]);
    }
}
