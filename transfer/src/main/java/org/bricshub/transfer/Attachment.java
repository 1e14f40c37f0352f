package org.bricshub.transfer;

import java.time.Instant;
import java.util.HexFormat;

/**
 * A file attached to a listing, as listed: what it is, its name and size, and the SHA-256 of its bytes, which names
 * it (a listing holds a file once) and makes its address immutable.
 *
 * @param sha256    lower-case hex of the SHA-256 of the content
 * @param mediaType {@code application/pdf} for documents, the decoded format's type for images
 */
public record Attachment(String sha256, AttachmentKind kind, String mediaType, String name, long size,
                         Instant createdAt) {
    public Attachment {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
