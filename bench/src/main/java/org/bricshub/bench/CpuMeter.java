package org.bricshub.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by one PostgreSQL server (its postmaster, the children it reaped, and its live
 * backends), read from {@code /proc} on Linux. On a machine shared with other work, wall-clock throughput understates
 * what the code does; CPU seconds per event do not, and {@code cores / cpu-per-event} bounds the throughput of a quiet
 * machine with that many cores.
 */
final class CpuMeter {
    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ is 100 on Linux
    private final long postmaster;

    /** Meters the PostgreSQL server listening on {@code port}. */
    CpuMeter(int port) {
        this.postmaster = processes().filter(pid -> cmdline(pid).contains("bin/postgres")
                && cmdline(pid).contains("-p " + port + " ")).findFirst().orElse(-1L);
    }

    /**
     * The CPU nanoseconds of the JVM and of the database so far; of the JVM's, those of its JIT compiler threads and of
     * its garbage collector threads (a short run pays for compilation that a sustained one no longer does).
     */
    record Sample(long jvmNanos, long databaseNanos, long jitNanos, long gcNanos) {
        Sample minus(Sample earlier) {
            return new Sample(jvmNanos - earlier.jvmNanos, databaseNanos - earlier.databaseNanos,
                    jitNanos - earlier.jitNanos, gcNanos - earlier.gcNanos);
        }

        String perEvent(long events) {
            double jvm = jvmNanos / 1e3 / events;
            double db = databaseNanos / 1e3 / events;
            return String.format("CPU per event: JVM %.0f µs (JIT compiler %.0f, GC %.0f) + PostgreSQL %.0f µs = %.0f µs;"
                    + " on 2 quiet cores at most %,.0f events/s", jvm, jitNanos / 1e3 / events, gcNanos / 1e3 / events,
                    db, jvm + db, 2e6 / (jvm + db));
        }
    }

    Sample sample() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long jit = 0;
        long gc = 0;
        for (Path task : tasks()) {
            String name = read(task.resolve("comm")).strip();
            boolean compiler = name.contains("CompilerThre");
            boolean collector = name.startsWith("GC Thread") || name.startsWith("G1 ");
            if (compiler || collector) {
                String[] f = fields(read(task.resolve("stat")));
                long nanos = f == null ? 0 : (long) ((Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS);
                jit += compiler ? nanos : 0;
                gc += collector ? nanos : 0;
            }
        }
        if (postmaster < 0) {
            return new Sample(jvm, 0, jit, gc);
        }
        long[] own = ticks(postmaster);
        long db = own[0] + own[1] + own[2] + own[3];
        db += processes().filter(pid -> parent(pid) == postmaster).mapToLong(pid -> {
            long[] t = ticks(pid);
            return t[0] + t[1];
        }).sum();
        return new Sample(jvm, (long) (db * TICK_NANOS), jit, gc);
    }

    private static List<Path> tasks() {
        try (Stream<Path> list = Files.list(Path.of("/proc/self/task"))) {
            return list.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static Stream<Long> processes() {
        try (Stream<Path> list = Files.list(Path.of("/proc"))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** Fields after the command name in /proc/PID/stat (the name may hold spaces, so split after its ')'). */
    private static String[] stat(long pid) {
        return fields(read(Path.of("/proc/" + pid + "/stat")));
    }

    private static String[] fields(String stat) {
        return stat.isEmpty() ? null : stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static long parent(long pid) {
        String[] f = stat(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /** utime, stime, cutime, cstime in clock ticks. */
    private static long[] ticks(long pid) {
        String[] f = stat(pid);
        if (f == null) {
            return new long[4];
        }
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
    }
}
