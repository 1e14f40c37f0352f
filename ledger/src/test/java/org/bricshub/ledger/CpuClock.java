package org.bricshub.ledger;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by a PostgreSQL server (postmaster, its live backends and the reaped ones), read
 * from /proc: a figure of cost per append that does not depend on how busy the shared machine is.
 */
final class CpuClock {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private CpuClock() {
    }

    static double jvmSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU seconds of the live threads of this JVM whose name starts with {@code prefix}. */
    static double threadSeconds(String prefix) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    /** CPU seconds of the server whose postmaster has {@code pid}, including finished backends. */
    static double postgresSeconds(long pid) {
        double seconds = ticks(pid, true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = stat(Long.parseLong(process.getFileName().toString()));
                if (stat != null && Long.parseLong(stat[1]) == pid) {
                    seconds += ticks(Long.parseLong(process.getFileName().toString()), false);
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return seconds;
    }

    private static double ticks(long pid, boolean withReapedChildren) {
        String[] stat = stat(pid);
        if (stat == null) {
            return 0;
        }
        // Fields after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
        long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        if (withReapedChildren) {
            ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    // The fields of /proc/<pid>/stat after "(command)", or null if the process is gone.
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
