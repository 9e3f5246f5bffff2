package io.atflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the JVM's threads cost, read from Linux's /proc and the JVM's thread bean (for the engine profile). */
final class Proc {
    private Proc() {
    }

    /** Voluntary context switches (a thread blocked and was woken again) of all the process's threads so far. */
    static long voluntarySwitches() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.mapToLong(Proc::switchesOf).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long switchesOf(Path task) {
        try {
            for (String line : Files.readAllLines(task.resolve("status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the thread ended meanwhile
        }
        return 0;
    }

    /** CPU time of the whole process so far, in nanoseconds (all threads, user and system). */
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Bytes allocated by all live threads so far. */
    static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            long sum = 0;
            for (long a : t.getThreadAllocatedBytes(t.getAllThreadIds())) {
                sum += Math.max(0, a);
            }
            return sum;
        }
        return -1;
    }
}
