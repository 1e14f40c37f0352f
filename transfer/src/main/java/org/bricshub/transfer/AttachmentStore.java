package org.bricshub.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Attachments in PostgreSQL, as bytea in the row (see V303 for why not large objects). */
final class AttachmentStore {
    private static final String META = "sha256, kind, media_type, name, size, created_at";

    /** Stores a checked file; the same bytes twice on one listing are one attachment. */
    void insert(Connection c, long listingId, AttachmentUpload.Checked f, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into transfer_attachments (listing_id, sha256, kind, "
                + "media_type, name, size, content, thumbnail, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (listing_id, sha256) do nothing")) {
            s.setLong(1, listingId);
            s.setBytes(2, HexFormat.of().parseHex(f.sha256()));
            s.setString(3, f.kind().wireName());
            s.setString(4, f.mediaType());
            s.setString(5, f.name());
            s.setInt(6, f.content().length);
            s.setBytes(7, f.content());
            s.setBytes(8, f.thumbnail());
            s.setTimestamp(9, Timestamp.from(now));
            s.executeUpdate();
        }
    }

    boolean delete(Connection c, long listingId, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "delete from transfer_attachments where listing_id = ? and sha256 = ?")) {
            s.setLong(1, listingId);
            s.setBytes(2, HexFormat.of().parseHex(sha256));
            return s.executeUpdate() == 1;
        }
    }

    List<Attachment> list(Connection c, long listingId) throws SQLException {
        List<Attachment> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + META + " from transfer_attachments "
                + "where listing_id = ? order by created_at, sha256")) {
            s.setLong(1, listingId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(meta(r));
                }
            }
        }
        return found;
    }

    /** The file's bytes, or its thumbnail's (PNG) when {@code thumbnail}; empty when absent. */
    Optional<AttachmentFile> content(Connection c, long listingId, String sha256, boolean thumbnail, boolean isPublic)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + META + ", " + (thumbnail ? "thumbnail" : "content")
                + " from transfer_attachments where listing_id = ? and sha256 = ?")) {
            s.setLong(1, listingId);
            s.setBytes(2, HexFormat.of().parseHex(sha256));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getBytes(7) == null) {
                    return Optional.empty();
                }
                Attachment a = meta(r);
                return Optional.of(new AttachmentFile(a, thumbnail ? "image/png" : a.mediaType(), r.getBytes(7),
                        isPublic));
            }
        }
    }

    private static Attachment meta(ResultSet r) throws SQLException {
        return new Attachment(Attachment.hex(r.getBytes(1)), AttachmentKind.fromWire(r.getString(2)), r.getString(3),
                r.getString(4), r.getInt(5), r.getTimestamp(6).toInstant());
    }
}
