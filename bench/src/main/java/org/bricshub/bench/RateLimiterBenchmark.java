package org.bricshub.bench;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.bricshub.web.http.RateLimiter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-request cost of the rate limit that guards every request: a token bucket per client among 10,000
 * active clients, against the floor of one concurrent map look-up of the same key.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.openjdk.jmh.Main RateLimiterBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class RateLimiterBenchmark {
    private static final int CLIENTS = 10_000;

    private final String[] clients = new String[CLIENTS];
    private RateLimiter limiter;
    private ConcurrentHashMap<String, Object> map;

    @Setup
    public void setUp() {
        limiter = new RateLimiter(1_000_000_000, 1_000_000_000); // never refuses: measures the bookkeeping
        map = new ConcurrentHashMap<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = "ip:10.0." + (i / 256) + "." + (i % 256);
            map.put(clients[i], new Object());
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        String pick(String[] clients) {
            next = (next + 7919) % clients.length; // stride over all clients, not one hot bucket
            return clients[next];
        }
    }

    @Benchmark
    public Duration acquire(Cursor cursor) {
        return limiter.acquire(cursor.pick(clients));
    }

    @Benchmark
    public Object baselineMapLookup(Cursor cursor) {
        return map.get(cursor.pick(clients));
    }
}
