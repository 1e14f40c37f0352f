package org.bricshub.capture;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.bricshub.platform.db.DatabaseException;

/**
 * Creates the monthly partitions of {@code capture_events} and {@code capture_event_values} before rows of a month
 * are written (PostgreSQL declarative range partitioning on record time; the server's clock sets record time, so
 * only the current month is ever new).
 */
final class MonthlyPartitions {
    private static final String[] TABLES = {"capture_events", "capture_event_values"};
    /** duplicate_table, and unique_violation on the catalog when two creations of one name race. */
    private static final Set<String> ALREADY_CREATED = Set.of("42P07", "23505");
    private final Set<YearMonth> ready = ConcurrentHashMap.newKeySet();

    /**
     * Creates the month's partitions, committed on their own before a capture transaction writes into them: two
     * transactions creating the same partition race, and the loser's error would fail its whole capture.
     */
    void ensure(DataSource dataSource, OffsetDateTime recordTime) {
        YearMonth month = YearMonth.from(recordTime.withOffsetSameInstant(ZoneOffset.UTC));
        if (ready.contains(month)) {
            return;
        }
        synchronized (this) {
            for (String table : TABLES) {
                create(dataSource, "create table if not exists %s_%d_%02d partition of %s for values from ('%s') to ('%s')"
                        .formatted(table, month.getYear(), month.getMonthValue(), table, start(month),
                                start(month.plusMonths(1))));
            }
            ready.add(month);
        }
    }

    /** Runs the DDL; another process that created the partition first is no error. */
    private static void create(DataSource dataSource, String ddl) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(ddl);
        } catch (SQLException e) {
            if (!ALREADY_CREATED.contains(e.getSQLState())) {
                throw new DatabaseException("cannot create the partition: " + e.getMessage(), e);
            }
        }
    }

    private static String start(YearMonth month) {
        return month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString();
    }
}
