package org.bricshub.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RequestObserverTest {
    private final Logger access = (Logger) LoggerFactory.getLogger("access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        access.detachAppender(lines);
    }

    private List<String> loggedLines() {
        return lines.list.stream().flatMap(e -> Arrays.stream(e.getFormattedMessage().split("\n"))).toList();
    }

    @Test
    void record_fromManyThreads_everyRequestGetsOneLineAndOneTimerCount() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (RequestObserver observer = new RequestObserver(registry)) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int base = t * 1_000;
                threads[t] = Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        observer.record("GET", "/01/<path>", 307, "10.0.0.1", "/01/x/21/" + (base + i), 1_234_567);
                    }
                });
            }
            for (Thread t : threads) {
                t.join();
            }
        }  // close writes what is queued
        List<String> logged = loggedLines();
        assertThat(logged).hasSize(4_000).allMatch(l -> l.matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z 10\\.0\\.0\\.1 GET /01/x/21/\\d+ 307 1\\.2ms"));
        Set<String> paths = new TreeSet<>();
        logged.forEach(l -> paths.add(l.split(" ")[3]));
        assertThat(paths).hasSize(4_000);  // none lost, none twice
        assertThat(lines.list.size()).isLessThan(4_000);  // batched: fewer log events than lines
        assertThat(registry.get("http.server.requests").tag("route", "/01/<path>").tag("status", "307").timer().count())
                .isEqualTo(4_000);
        assertThat(registry.get("bricshub.access.written").functionCounter().count()).isEqualTo(4_000);
        assertThat(registry.get("bricshub.access.dropped").functionCounter().count()).isZero();
    }

    @Test
    void record_accessLoggerOff_logsNothingButStillTimes() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ch.qos.logback.classic.Level before = access.getLevel();
        access.setLevel(ch.qos.logback.classic.Level.OFF);
        try (RequestObserver observer = new RequestObserver(registry)) {
            observer.record("GET", "/health", 200, "10.0.0.1", "/health", 1_000);
        } finally {
            access.setLevel(before);
        }
        assertThat(lines.list).isEmpty();
        assertThat(registry.get("http.server.requests").timer().count()).isEqualTo(1);
    }
}
