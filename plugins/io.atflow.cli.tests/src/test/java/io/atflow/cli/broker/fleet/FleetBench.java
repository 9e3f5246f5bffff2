package io.atflow.cli.broker.fleet;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.atflow.sim.net.HostTable;

/**
 * The fleet benchmark's driver (bench/fleet/run.sh): N simulated modules in this JVM run the {@link FleetFlow} at
 * once against an {@code atflow broker} started elsewhere, and the figures are printed. Not a test.
 * <pre>
 * FleetBench --write-registry FILE --modules N        (the registry the broker is started with)
 * FleetBench --mqtt PORT --mqtt-tls PORT [--modules 1000] [--posts 5] [--login secret|regnwl]
 *            [--packet-timeout S] [--label TEXT]
 * </pre>
 * Exit 0 only when every module completed and every post has its reply.
 */
public final class FleetBench {
    private FleetBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int modules = Integer.parseInt(o.getOrDefault("modules", "1000"));
        int posts = Integer.parseInt(o.getOrDefault("posts", "5"));
        if (o.containsKey("write-registry")) {
            Files.writeString(Path.of(o.get("write-registry")), FleetRegistry.text(modules));
            return;
        }
        FleetFlow.Login login = FleetFlow.Login.valueOf(o.getOrDefault("login", "secret").toUpperCase(Locale.ROOT));
        HostTable network = new HostTable(InetSocketAddress.createUnresolved("127.0.0.1",
                Integer.parseInt(o.get("mqtt"))), InetSocketAddress.createUnresolved("127.0.0.1",
                        Integer.parseInt(o.get("mqtt-tls"))), null);
        String loadStart = loadavg();
        long t0 = System.nanoTime();
        FleetTally t = FleetRun.run(network, login, modules, posts,
                Integer.parseInt(o.getOrDefault("packet-timeout", "0")), Duration.ofMinutes(15));
        double wall = (System.nanoTime() - t0) / 1e9;
        String loadEnd = loadavg();
        int expected = modules * posts;
        int lost = t.postedCount() - t.replyCount();
        double posting = t.postingNanos() / 1e9;
        System.out.printf("fleet %s: %d modules, %s login, %d posts each, packet timeout %s%n",
                o.getOrDefault("label", ""), modules, login.name().toLowerCase(Locale.ROOT), posts,
                o.getOrDefault("packet-timeout", "0").equals("0") ? "5 s (default)" : o.get("packet-timeout") + " s");
        System.out.printf("  registered %d/%d, posts %d/%d, replies %d, lost %d, failed modules %d%n",
                t.registeredCount(), modules, t.postedCount(), expected, t.replyCount(), lost, t.failures().size());
        System.out.printf("  all registered after %.1f s%n", t.registeredCount() == 0 ? 0.0
                : (t.lastRegisteredAt() - t0) / 1e9);
        System.out.printf("  wall %.1f s; posting %.1f s (first post to last reply), %.0f posts/s%n", wall, posting,
                posting > 0 ? t.replyCount() / posting : 0.0);
        System.out.printf("  reply latency (AT+QMTPUBEX written to reply seen) p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                t.latencyMillis(0.5), t.latencyMillis(0.99), t.latencyMillis(1.0));
        System.out.printf("  modules JVM: peak RSS %s, peak threads %d%n", peakRss(),
                ManagementFactory.getThreadMXBean().getPeakThreadCount());
        System.out.printf("  load average at start %s, at end %s%n", loadStart, loadEnd);
        List<String> failures = t.failures();
        // failures by kind: the module's name and numbers taken out
        Map<String, Long> kinds = new java.util.TreeMap<>(failures.stream().collect(java.util.stream.Collectors
                .groupingBy(f -> f.replaceFirst("^Fleet\\d+: ", "").replaceAll("\\d+", "N"),
                        java.util.stream.Collectors.counting())));
        kinds.forEach((kind, n) -> System.out.println("  failure x" + n + ": " + kind));
        boolean ok = failures.isEmpty() && t.registeredCount() == modules && t.postedCount() == expected
                && t.replyCount() == expected;
        System.out.println(ok ? "  nothing lost" : "  FAILED");
        System.exit(ok ? 0 : 1);
    }

    /** The first three fields of /proc/loadavg (1, 5 and 15 minutes). */
    static String loadavg() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return f[0] + " " + f[1] + " " + f[2];
    }

    /** VmHWM of this process, from /proc/self/status. */
    static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.substring(6).replace("kB", "").trim()) / 1024 + " MB").findFirst()
                .orElse("?");
    }
}
