package org.bricshub.web.http;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.bricshub.platform.batch.BatchWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one line per answered request, {@code <UTC time> <client address> <method> <path> <status>
 * <milliseconds>ms}, to the {@code access} logger. A request only queues its entry; a background thread formats
 * the entries and logs them as one event per batch, so that under load a write to the log is shared by hundreds of
 * requests (logback's asynchronous appender writes and flushes once per line, and drops lines when its small queue
 * fills). Entries beyond the queue's capacity are counted ({@code bricshub.access.dropped}), never waited for.
 */
final class AccessLog implements AutoCloseable {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    private record Entry(long epochMillis, String ip, String method, String path, int status, long nanos) {
    }

    private final BatchWriter<Entry> writer = new BatchWriter<>("access-log", 100_000, 4_096, Duration.ofMillis(100),
            AccessLog::write);

    /** Whether the {@code access} logger is on (it is switched off with {@code BRICSHUB_ACCESS_LOG=OFF}). */
    static boolean enabled() {
        return ACCESS.isInfoEnabled();
    }

    void add(String ip, String method, String path, int status, long nanos) {
        writer.offer(new Entry(System.currentTimeMillis(), ip, method, path, status, nanos));
    }

    void bindTo(MeterRegistry registry) {
        writer.bindTo(registry, "bricshub.access", "access log lines");
    }

    private static void write(List<Entry> batch) {
        StringBuilder lines = new StringBuilder(batch.size() * 96);
        for (Entry e : batch) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            long tenths = e.nanos() / 100_000;
            TIME.formatTo(Instant.ofEpochMilli(e.epochMillis()), lines);
            lines.append(' ').append(e.ip()).append(' ').append(e.method()).append(' ').append(e.path())
                    .append(' ').append(e.status()).append(' ').append(tenths / 10).append('.').append(tenths % 10)
                    .append("ms");
        }
        ACCESS.info(lines.toString());
    }

    /** Logs what is queued, then stops. */
    @Override
    public void close() {
        writer.close();
    }
}
