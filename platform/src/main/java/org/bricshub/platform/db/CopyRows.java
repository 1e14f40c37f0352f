package org.bricshub.platform.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format (UTF-8), sent in one COPY FROM STDIN: the bulk path of capture and of
 * scans. The rows are built as bytes and handed to the driver as they are: no text copy of them, no second encoding.
 * Not thread-safe: one builder per batch.
 */
public final class CopyRows {
    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** The letter that follows the backslash of a byte's escape, or 0: a table, the one lookup made for every byte. */
    private static final byte[] ESCAPES = new byte[256];

    static {
        ESCAPES['\\'] = '\\';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['\t'] = 't';
    }

    private byte[] bytes = new byte[1 << 16];
    private int length;
    private boolean firstField = true;

    /** A text field; {@code null} is SQL NULL. */
    public CopyRows field(String value) {
        separate();
        if (value == null) {
            append(NULL, 0, NULL.length);
        } else {
            escaped(value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** A text field given as UTF-8 bytes. */
    public CopyRows field(byte[] utf8) {
        separate();
        escaped(utf8);
        return this;
    }

    public CopyRows field(long value) {
        separate();
        ascii(Long.toString(value));
        return this;
    }

    public CopyRows field(boolean value) {
        separate();
        room(1);
        bytes[length++] = (byte) (value ? 't' : 'f');
        return this;
    }

    /** A bytea field, in the hex form COPY reads ({@code \x} then two hex digits a byte). */
    public CopyRows bytea(byte[] value) {
        separate();
        room(3 + 2 * value.length);
        bytes[length++] = '\\';
        bytes[length++] = '\\';
        bytes[length++] = 'x';
        for (byte b : value) {
            bytes[length++] = HEX[(b >> 4) & 0xf];
            bytes[length++] = HEX[b & 0xf];
        }
        return this;
    }

    public CopyRows endRow() {
        room(1);
        bytes[length++] = '\n';
        firstField = true;
        return this;
    }

    /** Copies the rows into {@code table (columns)}; returns the number of rows written. */
    public long copyInto(Connection c, String tableAndColumns) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + tableAndColumns + " from stdin");
        try {
            if (length > 0) {
                copy.writeToCopy(bytes, 0, length);
            }
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The rows as COPY reads them. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void separate() {
        if (!firstField) {
            room(1);
            bytes[length++] = '\t';
        }
        firstField = false;
    }

    /**
     * Appends with COPY's escapes for backslash and the row and field separators. Those are ASCII, and no byte of a
     * multi-byte UTF-8 sequence is ASCII, so escaping byte by byte is exact.
     */
    private void escaped(byte[] utf8) {
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte escape = ESCAPES[utf8[i] & 0xff];
            if (escape != 0) {
                append(utf8, from, i - from);
                room(2);
                bytes[length++] = '\\';
                bytes[length++] = escape;
                from = i + 1;
            }
        }
        append(utf8, from, utf8.length - from);
    }

    private void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    private void append(byte[] source, int from, int count) {
        room(count);
        System.arraycopy(source, from, bytes, length, count);
        length += count;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
