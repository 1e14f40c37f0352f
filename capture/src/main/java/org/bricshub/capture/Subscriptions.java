package org.bricshub.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Transaction;

/**
 * Subscriptions to named queries (EPCIS 2.0 §8.2.5, REST binding {@code /queries/{name}/subscriptions} and the
 * WebSocket upgrade of {@code /queries/{name}/events}): webhooks are stored and survive restarts; WebSocket streams
 * live while connected. Newly captured events reach streaming subscriptions once they are committed and in the
 * verifiable log; scheduled ones run their query over the events recorded since their last report. Each subscription
 * sees only what its organisation may see. Call {@link #start()} once; {@link #close()} stops the worker.
 */
public final class Subscriptions implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, query_name, dest, stream, schedule::text, report_if_empty, "
            + "initial_record_time, min_record_time, created_at, last_notified_at";
    private final DataSource dataSource;
    private final NamedQueries queries;
    private final Clock clock;
    private final SubscriptionWorker worker;

    /**
     * @param http the client webhooks are posted with (its connect timeout bounds a dead receiver)
     */
    public Subscriptions(EventRepository repository, NamedQueries queries, Clock clock, HttpClient http) {
        this.dataSource = repository.dataSource();
        this.queries = queries;
        this.clock = clock;
        this.worker = new SubscriptionWorker(repository, queries, clock, new WebhookSender(http));
        repository.onCaptured(worker::captured);
    }

    /** Starts the worker that runs schedules and delivers (with retries) to webhooks. */
    public void start() {
        worker.start();
    }

    @Override
    public void close() {
        worker.close();
    }

    /** @throws NoSuchNameException when the caller's organisation has no query of that name */
    public void requireQuery(Principal caller, String queryName) {
        queries.get(caller, queryName);
    }

    /**
     * Subscribes a webhook to the caller's named query.
     *
     * @throws NoSuchNameException when the organisation has no such query
     * @throws SubscriptionControlsException when the request has no dest
     */
    public Subscription subscribe(Principal caller, String queryName, SubscriptionRequest request) {
        queries.get(caller, queryName);
        if (request.dest() == null) {
            throw new SubscriptionControlsException("a webhook subscription needs dest");
        }
        Instant now = Instant.now(clock);
        Instant initial = request.initialRecordTime() == null ? now : request.initialRecordTime();
        String id = UUID.randomUUID().toString();
        Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into capture_subscriptions (id, org_id, "
                    + "sees_everything, query_name, dest, signature_token, stream, schedule, report_if_empty, "
                    + "initial_record_time, min_record_time, created_at) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setLong(2, caller.orgId());
                ps.setBoolean(3, caller.isPlatformAdmin());
                ps.setString(4, queryName);
                ps.setString(5, request.dest().toString());
                ps.setString(6, request.signatureToken());
                ps.setBoolean(7, request.stream());
                ps.setString(8, request.schedule() == null ? null : json(request.schedule().fields()));
                ps.setBoolean(9, request.reportIfEmpty());
                ps.setObject(10, utc(initial));
                ps.setObject(11, utc(initial));
                ps.setObject(12, utc(now));
                return ps.executeUpdate();
            }
        });
        if (request.stream() && request.initialRecordTime() != null) {
            worker.catchUp(id);
        }
        return get(caller, queryName, id);
    }

    /** The webhook subscriptions of the caller's named query. @throws NoSuchNameException without the query */
    public List<Subscription> list(Principal caller, String queryName) {
        queries.get(caller, queryName);
        return select(caller.orgId(), queryName, null);
    }

    /** @throws NoSuchNameException when the query or the subscription is not the caller's organisation's */
    public Subscription get(Principal caller, String queryName, String id) {
        return select(caller.orgId(), queryName, id).stream().findFirst().orElseThrow(() -> noSuchSubscription(id));
    }

    /** Ends a webhook subscription; pending deliveries go with it. */
    public void unsubscribe(Principal caller, String queryName, String id) {
        int deleted = Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from capture_subscriptions where org_id = ? and query_name = ? and id = ?")) {
                ps.setLong(1, caller.orgId());
                ps.setString(2, queryName);
                ps.setString(3, id);
                return ps.executeUpdate();
            }
        });
        if (deleted == 0) {
            throw noSuchSubscription(id);
        }
    }

    /**
     * Deletes a named query and forcibly ends its subscriptions, webhooks and open WebSockets alike (REST binding
     * {@code DELETE /queries/{name}}).
     */
    public void deleteQuery(Principal caller, String queryName) {
        queries.delete(caller, queryName);
        worker.streams().closeAll(caller.orgId(), queryName, "the query " + queryName + " was deleted");
    }

    /**
     * Opens a WebSocket subscription: {@code sink} receives EPCISQueryDocuments until the returned handle is closed
     * or the query deleted. {@code request.dest()} is ignored.
     *
     * @throws NoSuchNameException when the organisation has no such query
     */
    public AutoCloseable openStream(Principal caller, String queryName, SubscriptionRequest request, StreamSink sink) {
        NamedQuery query = queries.get(caller, queryName);
        Instant now = Instant.now(clock);
        OpenStreams.Stream stream = new OpenStreams.Stream(UUID.randomUUID().toString(), caller.orgId(),
                caller.isPlatformAdmin(), queryName, query.eventQuery(), request,
                request.initialRecordTime() == null ? now : request.initialRecordTime(), sink);
        worker.streams().add(stream);
        if (request.stream() && request.initialRecordTime() != null) {
            worker.catchUp(stream);
        }
        return () -> worker.streams().remove(stream);
    }

    /** Where a WebSocket subscription's documents go. */
    public interface StreamSink {
        /** Sends one EPCISQueryDocument. */
        void send(String document);

        /** Ends the connection (the query was deleted). */
        void close(String reason);
    }

    private List<Subscription> select(long orgId, String queryName, String id) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from capture_subscriptions where "
                    + "org_id = ? and query_name = ? and (? is null or id = ?) order by created_at, id")) {
                ps.setLong(1, orgId);
                ps.setString(2, queryName);
                ps.setString(3, id);
                ps.setString(4, id);
                List<Subscription> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(row(rs));
                    }
                }
                return list;
            }
        });
    }

    static Subscription row(ResultSet rs) throws SQLException {
        String schedule = rs.getString(5);
        return new Subscription(rs.getString(1), rs.getString(2), URI.create(rs.getString(3)), rs.getBoolean(4),
                schedule == null ? null : new QuerySchedule(fields(schedule)), rs.getBoolean(6), instant(rs, 7),
                instant(rs, 8), instant(rs, 9), instant(rs, 10));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                .orElse(null);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static NoSuchNameException noSuchSubscription(String id) {
        return new NoSuchNameException("no subscription " + id + " of that query is your organisation's");
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fields(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("capture_subscriptions.schedule holds a JSON object: " + json, e);
        }
    }
}
