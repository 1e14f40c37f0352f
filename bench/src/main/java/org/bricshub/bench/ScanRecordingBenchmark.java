package org.bricshub.bench;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.i18n.Language;
import org.bricshub.i18n.LanguageNegotiation;
import org.bricshub.trace.ScanRecorder;
import org.bricshub.web.scans.ScanRecording;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What recording a scan costs the request that resolves it: the facts (time, identifier, negotiated language,
 * proxy country) and one offer to the bounded queue, with a writer that drains it into a discarding sink, so the
 * figure is the request thread's share only. Against an empty call. Two threads, as on the server's two cores.
 *
 * <p>Run: {@code mvn -B -q -o -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.openjdk.jmh.Main ScanRecordingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class ScanRecordingBenchmark {
    private static final DigitalLink LINK =
            DigitalLink.parse("https://codes.example.org/01/06999991000011/10/AX2405/21/1001");
    private ScanRecorder recorder;
    private ScanRecording recording;

    @Setup(Level.Trial)
    public void setUp() {
        recorder = ScanRecorder.start(batch -> { }, Clock.systemUTC(), 65_536);
        recording = new ScanRecording(recorder, Clock.systemUTC(), Optional.of("CF-IPCountry"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        System.out.println("\nscan queue: " + recorder.counts());
        recorder.close();
    }

    @Benchmark
    public Optional<UUID> recordScan() {
        return recording.record(LINK, null, "pt-BR,pt;q=0.9,en;q=0.8", "BR");
    }

    /** The language negotiation alone, part of {@link #recordScan}. */
    @Benchmark
    public Language negotiateOnly() {
        return LanguageNegotiation.negotiate(null, "pt-BR,pt;q=0.9,en;q=0.8", Language.EN);
    }

    @Benchmark
    public Optional<UUID> baselineEmptyCall() {
        return Optional.empty();
    }
}
