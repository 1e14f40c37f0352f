package org.bricshub.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.bricshub.ledger.Ledger;
import org.bricshub.merkle.EntryBundle;
import org.bricshub.merkle.TilePath;
import org.bricshub.platform.db.Transaction;

/**
 * Moves log entries from the outbox into the verifiable log and records each event's leaf index. The outbox row
 * was committed with the event, so an event never lacks its entry for long; the leaf is recorded and the outbox
 * row deleted in one transaction. After a crash between the append and that transaction, {@link #recover()} looks
 * for the pending entries in the log itself (from the tree size noted before the capture committed) and records
 * the leaves it finds, so it appends again only the entries the log does not have: no entry gets two leaves.
 * Callers keep appends and recovery apart ({@link EventRepository} holds a read-write lock for that).
 */
final class LeafRecorder {
    private static final int BUNDLE = 256;
    private final DataSource dataSource;
    private final Ledger ledger;

    LeafRecorder(DataSource dataSource, Ledger ledger) {
        this.dataSource = dataSource;
        this.ledger = ledger;
    }

    record Pending(long seq, byte[] entry) {}

    /**
     * Appends the entries, waits until every append ended, and records the leaves of those that became durable. When
     * the log refused some, their outbox rows stay for {@link #recover()} and the first failure is thrown; no append is
     * left in flight, so a recovery that follows cannot miss one and append it twice.
     */
    void append(List<Pending> pending) {
        List<CompletableFuture<Long>> futures = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            futures.add(ledger.append(p.entry()));
        }
        long[] seqs = new long[pending.size()];
        long[] leaves = new long[pending.size()];
        int durable = 0;
        RuntimeException failure = null;
        for (int i = 0; i < pending.size(); i++) {
            try {
                leaves[durable] = futures.get(i).join();
                seqs[durable++] = pending.get(i).seq();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        record(Arrays.copyOf(seqs, durable), Arrays.copyOf(leaves, durable));
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Records leaves for every pending outbox entry, appending only those the log does not hold yet. Run it after
     * {@link Ledger#start} integrated what was sequenced, and never beside an {@link #append} in flight: such an entry
     * would be invisible to the scan and appended twice.
     */
    int recover() {
        Map<String, ArrayDeque<Long>> bySeq = new HashMap<>();
        Map<Long, byte[]> entries = new HashMap<>();
        long from = Transaction.run(dataSource, c -> {
            long min = Long.MAX_VALUE;
            try (PreparedStatement ps = c.prepareStatement(
                    "select seq, entry, size_before from capture_log_outbox order by seq");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] entry = rs.getBytes(2);
                    entries.put(rs.getLong(1), entry);
                    bySeq.computeIfAbsent(HexFormat.of().formatHex(entry), k -> new ArrayDeque<>()).add(rs.getLong(1));
                    min = Math.min(min, rs.getLong(3));
                }
            }
            return min;
        });
        if (entries.isEmpty()) {
            return 0;
        }
        List<Long> foundSeqs = new ArrayList<>();
        List<Long> foundLeaves = new ArrayList<>();
        long size = ledger.treeSize();
        for (long bundle = from / BUNDLE; bundle * BUNDLE < size; bundle++) {
            int width = (int) Math.min(BUNDLE, size - bundle * BUNDLE);
            byte[] bytes = ledger.read(new TilePath.Entries(bundle, width)).orElseThrow(
                    () -> new IllegalStateException("the log lacks an entry bundle below its tree size"));
            List<byte[]> list = EntryBundle.decode(bytes).entries();
            for (int i = 0; i < list.size(); i++) {
                long index = bundle * BUNDLE + i;
                ArrayDeque<Long> seqs = index < from ? null : bySeq.get(HexFormat.of().formatHex(list.get(i)));
                if (seqs != null && !seqs.isEmpty()) {
                    long seq = seqs.poll();
                    foundSeqs.add(seq);
                    foundLeaves.add(index);
                    entries.remove(seq);
                }
            }
        }
        record(foundSeqs.stream().mapToLong(Long::longValue).toArray(),
                foundLeaves.stream().mapToLong(Long::longValue).toArray());
        List<Pending> missing = entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Pending(e.getKey(), e.getValue())).toList();
        if (!missing.isEmpty()) {
            append(missing);
        }
        return foundSeqs.size() + missing.size();
    }

    private void record(long[] seqs, long[] leaves) {
        if (seqs.length == 0) {
            return;
        }
        Transaction.run(dataSource, c -> {
            recordIn(c, seqs, leaves);
            return null;
        });
    }

    private static void recordIn(Connection c, long[] seqs, long[] leaves) throws SQLException {
        Long[] s = Arrays.stream(seqs).boxed().toArray(Long[]::new);
        Long[] l = Arrays.stream(leaves).boxed().toArray(Long[]::new);
        try (PreparedStatement insert = c.prepareStatement(
                "insert into capture_event_leaves (seq, leaf_index) select * from unnest(?::bigint[], ?::bigint[])");
                PreparedStatement delete = c.prepareStatement("delete from capture_log_outbox where seq = any(?::bigint[])")) {
            insert.setArray(1, c.createArrayOf("bigint", s));
            insert.setArray(2, c.createArrayOf("bigint", l));
            insert.executeUpdate();
            delete.setArray(1, c.createArrayOf("bigint", s));
            delete.executeUpdate();
        }
    }
}
