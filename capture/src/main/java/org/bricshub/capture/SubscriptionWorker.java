package org.bricshub.capture;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bricshub.epcis.query.Comparison;
import org.bricshub.epcis.query.EventQuery;
import org.bricshub.epcis.query.EventQueryParser;
import org.bricshub.epcis.query.QueryCondition;
import org.bricshub.platform.db.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the subscriptions' work on one thread, so deliveries never race: matches newly captured events against
 * streaming subscriptions, runs schedules every second, and delivers pending webhook documents with exponential
 * backoff (1 s doubling to 1 h) until the receiver answers 2xx: at least once.
 */
final class SubscriptionWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionWorker.class);
    /** The most events one report carries; more are left to the next one. */
    static final int REPORT_LIMIT = 10_000;
    private static final EventQuery EVERYTHING = EventQueryParser.parse(Map.of());
    private final EventRepository repository;
    private final NamedQueries queries;
    private final Clock clock;
    private final WebhookSender sender;
    private final OpenStreams streams = new OpenStreams();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "epcis-subscriptions");
        t.setDaemon(true);
        return t;
    });
    private Instant lastTick;

    SubscriptionWorker(EventRepository repository, NamedQueries queries, Clock clock, WebhookSender sender) {
        this.repository = repository;
        this.queries = queries;
        this.clock = clock;
        this.sender = sender;
    }

    OpenStreams streams() {
        return streams;
    }

    void start() {
        lastTick = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        executor.scheduleWithFixedDelay(() -> guarded(this::tick), 200, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * Called by the repository on the capturing thread, after the commit: hands the work over at once. Only the
     * streams open at that moment get these events live: a stream opened later (while the work waits in the queue)
     * has them from its catch-up, and would otherwise receive them twice.
     */
    void captured(long[] seqs) {
        Long[] boxed = java.util.Arrays.stream(seqs).boxed().toArray(Long[]::new);
        List<OpenStreams.Stream> openAtCommit = streams.all();
        execute(() -> {
            for (Pending webhook : pendingStreams("stream")) {
                EventQuery query = webhook.query();
                if (query != null) {
                    List<Long> matching = Transaction.run(repository.dataSource(), c ->
                            new EventQueries(c).onlyEvents(boxed).seqs(query, webhook.rule(repository), REPORT_LIMIT));
                    enqueue(webhook.id(), matching);
                }
            }
            List<OpenStreams.Stream> stillOpen = streams.all();
            for (OpenStreams.Stream s : openAtCommit) {
                if (s.request.stream() && stillOpen.contains(s)) {
                    send(s, events(s.query, rule(s), boxed));
                }
            }
            deliverDue();
        });
    }

    /** A webhook stream subscription with an initialRecordTime: the events recorded since then, now. */
    void catchUp(String subscriptionId) {
        execute(() -> {
            for (Pending webhook : pendingStreams("id = ?", subscriptionId)) {
                EventQuery query = webhook.query();
                if (query != null) {
                    List<Long> matching = Transaction.run(repository.dataSource(), c -> new EventQueries(c)
                            .seqs(since(query, webhook.minRecordTime(), Instant.now(clock)), webhook.rule(repository),
                                    REPORT_LIMIT));
                    enqueue(webhook.id(), matching);
                }
            }
            deliverDue();
        });
    }

    void catchUp(OpenStreams.Stream stream) {
        execute(() -> send(stream, report(since(stream.query, stream.minRecordTime, Instant.now(clock)), rule(stream))));
    }

    private void tick() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (Instant second = lastTick.plusSeconds(1); !second.isAfter(now); second = second.plusSeconds(1)) {
            Instant at = second;
            for (Pending webhook : pendingStreams("not stream")) {
                if (webhook.schedule().matches(at.atZone(ZoneOffset.UTC))) {
                    runSchedule(webhook, at);
                }
            }
            for (OpenStreams.Stream s : streams.all()) {
                if (!s.request.stream() && s.request.schedule().matches(at.atZone(ZoneOffset.UTC))) {
                    List<String> events = report(since(s.query, s.minRecordTime, at), rule(s));
                    if (!events.isEmpty() || s.request.reportIfEmpty()) {
                        send(s, events);
                    }
                    s.minRecordTime = at;
                }
            }
        }
        lastTick = now;
        deliverDue();
    }

    /** Reports the events recorded in [minRecordTime, at); moves minRecordTime on only once acknowledged. */
    private void runSchedule(Pending webhook, Instant at) {
        EventQuery query = webhook.query();
        if (query == null) {
            return;
        }
        List<String> events = report(since(query, webhook.minRecordTime(), at), webhook.rule(repository));
        boolean delivered = events.isEmpty() && !webhook.subscription().reportIfEmpty()
                || sender.post(webhook.subscription().dest(), webhook.signatureToken(),
                        QueryDocument.of(webhook.subscription().queryName(), webhook.id(), events, at));
        if (delivered) {
            update("update capture_subscriptions set min_record_time = ?, last_notified_at = case when ? then ? "
                    + "else last_notified_at end where id = ?", Subscriptions.utc(at), !events.isEmpty()
                    || webhook.subscription().reportIfEmpty(), Subscriptions.utc(at), webhook.id());
        }
    }

    private void deliverDue() {
        record Due(long id, Long[] seqs, int attempts, Pending webhook) {}
        List<Due> due = Transaction.run(repository.dataSource(), c -> {
            List<Due> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id, seqs, attempts, subscription_id "
                    + "from capture_deliveries where next_attempt_at <= ? order by id limit 100")) {
                ps.setObject(1, Subscriptions.utc(Instant.now(clock)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Long[] seqs = (Long[]) rs.getArray(2).getArray();
                        for (Pending p : Pending.load(c, "id = ?", rs.getString(4))) {
                            list.add(new Due(rs.getLong(1), seqs, rs.getInt(3), p));
                        }
                    }
                }
            }
            return list;
        });
        for (Due d : due) {
            Instant now = Instant.now(clock);
            List<String> events = events(EVERYTHING, d.webhook().rule(repository), d.seqs());
            boolean delivered = events.isEmpty() || sender.post(d.webhook().subscription().dest(),
                    d.webhook().signatureToken(), QueryDocument.of(d.webhook().subscription().queryName(),
                            d.webhook().id(), events, now));
            if (delivered) {
                update("delete from capture_deliveries where id = ?", d.id());
                update("update capture_subscriptions set last_notified_at = ? where id = ?", Subscriptions.utc(now),
                        d.webhook().id());
            } else {
                long backoff = Math.min(3600, 1L << Math.min(d.attempts(), 12));
                update("update capture_deliveries set attempts = attempts + 1, next_attempt_at = ? where id = ?",
                        Subscriptions.utc(now.plusSeconds(backoff)), d.id());
                LOG.info("webhook delivery {} to subscription {} failed (attempt {}), next in {}", d.id(),
                        d.webhook().id(), d.attempts() + 1, Duration.ofSeconds(backoff));
            }
        }
    }

    private void enqueue(String subscriptionId, List<Long> seqs) {
        if (!seqs.isEmpty()) {
            update("insert into capture_deliveries (subscription_id, seqs, next_attempt_at) values (?, ?, ?)",
                    subscriptionId, seqs.toArray(Long[]::new), Subscriptions.utc(Instant.now(clock)));
        }
    }

    private List<String> events(EventQuery query, Visibility.Rule rule, Long[] seqs) {
        return Transaction.run(repository.dataSource(), c ->
                new EventQueries(c).onlyEvents(seqs).run(query.page(Math.max(1, seqs.length), null), rule).events());
    }

    private List<String> report(EventQuery query, Visibility.Rule rule) {
        return Transaction.run(repository.dataSource(), c ->
                new EventQueries(c).run(query.page(REPORT_LIMIT, null), rule).events());
    }

    private static EventQuery since(EventQuery query, Instant from, Instant to) {
        return query.and(List.of(new QueryCondition.TimeBound(QueryCondition.TimeField.RECORD_TIME, Comparison.GE, from),
                new QueryCondition.TimeBound(QueryCondition.TimeField.RECORD_TIME, Comparison.LT, to)));
    }

    private Visibility.Rule rule(OpenStreams.Stream s) {
        return repository.visibility().ofOrganisation(s.orgId, s.seesEverything);
    }

    private static void send(OpenStreams.Stream s, List<String> events) {
        if (!events.isEmpty() || !s.request.stream() && s.request.reportIfEmpty()) {
            s.sink.send(QueryDocument.of(s.queryName, s.id, events, Instant.now()));
        }
    }

    private List<Pending> pendingStreams(String condition, Object... values) {
        return Transaction.run(repository.dataSource(), c -> Pending.load(c, condition, values)).stream()
                .map(p -> p.withQuery(queries)).toList();
    }

    private void update(String sql, Object... values) {
        Transaction.run(repository.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                SqlParameters.set(ps, 1, List.of(values));
                return ps.executeUpdate();
            }
        });
    }

    private void execute(Runnable work) {
        try {
            executor.execute(() -> guarded(work));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("subscription worker closed; work dropped");
        }
    }

    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("subscription work failed: {}", e.toString(), e);
        }
    }

    /** A stored webhook subscription with what delivering needs. */
    private record Pending(Subscription subscription, long orgId, boolean seesEverything, String signatureToken,
            EventQuery query) {
        String id() {
            return subscription.subscriptionID();
        }

        QuerySchedule schedule() {
            return subscription.schedule();
        }

        Instant minRecordTime() {
            return subscription.minRecordTime();
        }

        Visibility.Rule rule(EventRepository repository) {
            return repository.visibility().ofOrganisation(orgId, seesEverything);
        }

        /** The named query parsed; null (and the subscription skipped) if it no longer parses. */
        Pending withQuery(NamedQueries queries) {
            EventQuery parsed = queries.find(orgId, subscription.queryName()).map(q -> {
                try {
                    return q.eventQuery();
                } catch (RuntimeException e) {
                    return null;
                }
            }).orElse(null);
            return new Pending(subscription, orgId, seesEverything, signatureToken, parsed);
        }

        static List<Pending> load(Connection c, String condition, Object... values) throws SQLException {
            List<Pending> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id, query_name, dest, stream, schedule::text, "
                    + "report_if_empty, initial_record_time, min_record_time, created_at, last_notified_at, org_id, "
                    + "sees_everything, signature_token from capture_subscriptions where " + condition)) {
                SqlParameters.set(ps, 1, List.of(values));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Pending(Subscriptions.row(rs), rs.getLong(11), rs.getBoolean(12),
                                rs.getString(13), null));
                    }
                }
            }
            return list;
        }
    }
}
