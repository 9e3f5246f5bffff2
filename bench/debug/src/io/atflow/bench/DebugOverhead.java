package io.atflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.atflow.run.RunEvent;
import io.atflow.run.RunResult;
import io.atflow.run.RunTarget;
import io.atflow.run.ScriptRunner;
import io.atflow.run.Verdict;
import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.Debugger;

/**
 * What a debugger costs per exchange: the same script of N {@code send AT expect OK} lines against the same local
 * responder (every line answered OK on loopback TCP), run without a debugger, with one and no breakpoints, with a
 * breakpoint set but never hit (in a branch the run never takes), and with a breakpoint on every send whose condition
 * is evaluated on every exchange and never holds. The variants take turns in every round so that each sees the same
 * machine load (each round starts with another variant, after WARM rounds of warm-up); the figure is the median over the rounds of the microseconds per exchange over the second half of
 * each run's exchanges (timed by the engine's result timestamps).
 * Usage: DebugOverhead N ROUNDS WARM (warm-up rounds)
 */
public final class DebugOverhead {
    private DebugOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        try (Responder responder = new Responder()) {
            Path dir = Files.createTempDirectory("atflow-debug-bench");
            Path script = write(dir, n);
            RunTarget target = RunTarget.tcp("127.0.0.1", responder.port());
            List<Variant> variants = List.of(
                    new Variant("no debugger", () -> null),
                    new Variant("debugger, no breakpoints", Debugger::create),
                    new Variant("debugger, breakpoints set, not hit", () -> {
                        Debugger d = Debugger.create();
                        d.setBreakpoints(script, List.of(Breakpoint.at(script, n + 4)));
                        return d;
                    }),
                    new Variant("debugger, false condition on every send", () -> {
                        Debugger d = Debugger.create();
                        List<Breakpoint> all = new ArrayList<>();
                        for (int line = 3; line <= n + 2; line++) {
                            all.add(new Breakpoint(script, line, "stop == \"yes\"", null));
                        }
                        d.setBreakpoints(script, all);
                        return d;
                    }));
            for (int w = 0; w < warm; w++) {
                for (Variant v : variants) {
                    run(script, target, v);
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < variants.size(); i++) {
                    Variant v = variants.get((i + r) % variants.size());
                    v.micros.add(run(script, target, v));
                }
            }
            double base = median(variants.get(0).micros);
            System.out.printf(Locale.ROOT, "%-44s %12s %7s%n", "variant (" + n + " exchanges, " + rounds + " rounds)",
                    "us/exchange", "ratio");
            for (Variant v : variants) {
                double m = median(v.micros);
                System.out.printf(Locale.ROOT, "%-44s %12.1f %7.3f%n", v.name, m, m / base);
            }
        }
    }

    private record Variant(String name, Supplier<Debugger> debugger, List<Double> micros) {
        Variant(String name, Supplier<Debugger> debugger) {
            this(name, debugger, new ArrayList<>());
        }
    }

    /**
     * One run of the script; microseconds per exchange over its second half, from the engine's timestamps of the
     * commands' results (so loading the script, opening the module, setting breakpoints and warm-up do not count).
     */
    private static double run(Path script, RunTarget target, Variant v) {
        List<Instant> finished = new CopyOnWriteArrayList<>();
        RunResult r = ScriptRunner.builder().script(script).target(target).debugger(v.debugger().get())
                .listener(e -> {
                    if (e instanceof RunEvent.CommandFinished c) {
                        finished.add(c.time());
                    }
                }).run();
        if (r.verdict() != Verdict.PASSED) {
            throw new IllegalStateException(v.name() + ": " + r);
        }
        int n = finished.size();
        int half = n / 2;
        return Duration.between(finished.get(half - 1), finished.get(n - 1)).toNanos() / 1000.0 / (n - half);
    }

    private static Path write(Path dir, int n) throws IOException {
        StringBuilder b = new StringBuilder("var stop = \"no\"\non +NEVER: {x} log \"never ${x}\"\n");
        for (int i = 0; i < n; i++) {
            b.append("send AT expect OK\n");
        }
        b.append("if stop == \"yes\" {\n  log \"never\"\n}\n");
        return Files.writeString(dir.resolve("bench.atflow"), b.toString());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Answers every command line with OK (no echo), one connection at a time. */
    private static final class Responder implements AutoCloseable {
        private final ServerSocket server;

        Responder() throws IOException {
            server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::serve, "responder");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void serve() {
            byte[] ok = "\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII);
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    s.setTcpNoDelay(true);
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream();
                    byte[] buf = new byte[4096];
                    int len;
                    while ((len = in.read(buf)) >= 0) {
                        for (int i = 0; i < len; i++) {
                            if (buf[i] == '\r') {
                                out.write(ok);
                            }
                        }
                        out.flush();
                    }
                } catch (IOException e) {
                    // the run closed its connection
                }
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
