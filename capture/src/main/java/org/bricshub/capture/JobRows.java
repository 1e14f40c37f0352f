package org.bricshub.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bricshub.platform.access.Principal;

/**
 * The rows of {@code capture_jobs}: a job is inserted as {@code running} with the document as received (the durable
 * acceptance a 202 answers), and turned {@code succeeded} or {@code failed} in the transaction that stores its events,
 * or on its own when the job cannot run.
 */
final class JobRows {
    private JobRows() {}

    /** A job accepted but not finished: what a restart needs to run it again. */
    record Unfinished(long id, long orgId, OffsetDateTime receivedAt, String contentType, byte[] document,
            boolean proceedOnError) {
        CaptureJob job() {
            return new CaptureJob(id, "running", behaviour(proceedOnError), receivedAt.toInstant(), null, 0, List.of());
        }
    }

    static long insert(Connection c, Principal caller, OffsetDateTime now, String contentType, byte[] document,
            boolean proceedOnError) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into capture_jobs (org_id, key_id, received_at, status, "
                + "content_type, document, error_behaviour) values (?, ?, ?, 'running', ?, ?, ?) returning id")) {
            ps.setLong(1, caller.orgId());
            ps.setLong(2, caller.keyId());
            ps.setObject(3, now);
            ps.setString(4, contentType);
            ps.setBytes(5, document);
            ps.setString(6, behaviour(proceedOnError));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Ends a running job; false when it had already ended (a job runs to its end once). */
    static boolean finish(Connection c, long id, OffsetDateTime at, String status, int count, List<String> errors)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update capture_jobs set status = ?, finished_at = ?, "
                + "event_count = ?, errors = ?::jsonb where id = ? and status = 'running'")) {
            ps.setString(1, status);
            ps.setObject(2, at);
            ps.setInt(3, count);
            ps.setString(4, JsonText.array(errors));
            ps.setLong(5, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** The job if the caller's organisation submitted it (any job for the platform operator). */
    static Optional<CaptureJob> find(Connection c, Principal caller, long id) throws SQLException {
        return find(c, id, caller.orgId(), caller.isPlatformAdmin());
    }

    /** The job, whoever submitted it. */
    static Optional<CaptureJob> find(Connection c, long id) throws SQLException {
        return find(c, id, 0, true);
    }

    private static final String COLUMNS = "select id, status, received_at, finished_at, event_count, errors::text, "
            + "error_behaviour from capture_jobs ";

    private static Optional<CaptureJob> find(Connection c, long id, long orgId, boolean any) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + "where id = ? and (org_id = ? or ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, orgId);
            ps.setBoolean(3, any);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
        }
    }

    /** The organisation's jobs with an ID below {@code before} (all when null), newest first, at most {@code limit}. */
    static List<CaptureJob> ofOrganisation(Connection c, long orgId, Long before, int limit) throws SQLException {
        List<CaptureJob> jobs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + "where org_id = ? and (?::bigint is null or id < ?) "
                + "order by id desc limit ?")) {
            ps.setLong(1, orgId);
            ps.setObject(2, before);
            ps.setObject(3, before);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jobs.add(job(rs));
                }
            }
        }
        return jobs;
    }

    private static CaptureJob job(ResultSet rs) throws SQLException {
        var finished = rs.getObject(4, OffsetDateTime.class);
        return new CaptureJob(rs.getLong(1), rs.getString(2), rs.getString(7),
                rs.getObject(3, OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
                rs.getInt(5), JsonText.strings(rs.getString(6)));
    }

    /** The jobs still running, oldest first. */
    static List<Unfinished> unfinished(Connection c) throws SQLException {
        List<Unfinished> jobs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, org_id, received_at, content_type, document, "
                + "error_behaviour "
                + "from capture_jobs where status = 'running' order by id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                jobs.add(new Unfinished(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4), rs.getBytes(5), rs.getString(6).equals("proceed")));
            }
        }
        return jobs;
    }

    static String behaviour(boolean proceedOnError) {
        return proceedOnError ? "proceed" : "rollback";
    }
}
