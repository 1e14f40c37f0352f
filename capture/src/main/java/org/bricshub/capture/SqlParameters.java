package org.bricshub.capture;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Binds a list of parameters of the kinds the repository's SQL uses. */
final class SqlParameters {
    private SqlParameters() {}

    /** {@code value} as a literal inside a LIKE pattern (backslash is the escape character). */
    static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Binds from position {@code first}; returns the next free position. */
    static int set(PreparedStatement ps, int first, List<Object> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            switch (value) {
                case String[] array -> ps.setArray(i++, ps.getConnection().createArrayOf("text", array));
                case Long[] array -> ps.setArray(i++, ps.getConnection().createArrayOf("bigint", array));
                case java.math.BigDecimal[] array -> ps.setArray(i++, ps.getConnection().createArrayOf("numeric", array));
                case java.time.Instant t -> ps.setObject(i++, java.time.OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC));
                default -> ps.setObject(i++, value);
            }
        }
        return i;
    }
}
