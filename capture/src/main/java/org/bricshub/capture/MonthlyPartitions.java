package org.bricshub.capture;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the monthly partitions of {@code capture_events} and {@code capture_event_values} before rows of a month
 * are written (PostgreSQL declarative range partitioning on record time; the server's clock sets record time, so
 * only the current month is ever new).
 */
final class MonthlyPartitions {
    private static final String[] TABLES = {"capture_events", "capture_event_values"};
    private final Set<YearMonth> ready = ConcurrentHashMap.newKeySet();

    void ensure(Connection c, OffsetDateTime recordTime) throws SQLException {
        YearMonth month = YearMonth.from(recordTime.withOffsetSameInstant(ZoneOffset.UTC));
        if (ready.contains(month)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("create table if not exists %s_%d_%02d partition of %s for values from ('%s') to ('%s')"
                        .formatted(table, month.getYear(), month.getMonthValue(), table, start(month), start(month.plusMonths(1))));
            }
        }
        ready.add(month);
    }

    private static String start(YearMonth month) {
        return month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString();
    }
}
