package org.bricshub.capture;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/** Rows in PostgreSQL's COPY text format, sent in one COPY FROM STDIN: the bulk path of capture. */
final class CopyRows {
    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean firstField = true;

    CopyRows field(Object value) {
        if (!firstField) {
            text.append('\t');
        }
        firstField = false;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        int first = firstToEscape(s);
        if (first == s.length()) {
            text.append(s);
            return this;
        }
        text.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
        return this;
    }

    private static int firstToEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                return i;
            }
        }
        return s.length();
    }

    CopyRows endRow() {
        text.append('\n');
        firstField = true;
        return this;
    }

    /** Copies the rows into {@code table (columns)}; returns the number of rows written. */
    long copyInto(Connection c, String tableAndColumns) throws SQLException {
        try {
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + tableAndColumns + " failed: " + e.getMessage(), e);
        }
    }
}
