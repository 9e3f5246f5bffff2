package io.atflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import io.atflow.engine.at.CommandFacts;
import io.atflow.engine.channel.AtChannel;
import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.ChannelConfig;
import io.atflow.engine.channel.ChannelObserver;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.Timebase;
import io.atflow.engine.session.Session;
import io.atflow.engine.session.SessionConfig;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.SerialTransport;

/**
 * N {@code AT}/{@code OK} exchanges through the engine over a serial port (jSerialComm), after a warm-up; prints
 * microseconds per exchange. Mode {@code channel}: a bare AtChannel. Mode {@code session}: a Session with a
 * transcript file and a secret to mask (what a real run pays), both with blocking reads only;
 * {@code channel-poll}, {@code session-poll}: the same with {@link ChannelConfig#pollBeforeRead()} on (the default). On standard error: the voluntary context switches of
 * all the JVM's threads and the bytes allocated by all threads, per exchange (the profile in bench/README.md).
 */
public final class EngineRoundTrip {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: EngineRoundTrip channel|session|channel-poll|session-poll <tty> <warm-up>"
                    + " <exchanges>");
            System.exit(2);
        }
        String mode = args[0].replace("-poll", "");
        ChannelConfig channel = ChannelConfig.defaults().withPollBeforeRead(args[0].endsWith("-poll"));
        int warm = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[3]);
        SerialTransport serial = new SerialTransport(SerialSettings.of(args[1]));
        AtCommand at = AtCommand.of("AT", CommandFacts.NONE);
        double us;
        if (mode.equals("channel")) {
            serial.open();
            try (AtChannel c = new AtChannel(serial, channel, ChannelObserver.NONE, Timebase.now())) {
                c.start();
                run(c::execute, at, warm);
                us = run(c::execute, at, n);
            }
        } else {
            Path transcript = Files.createTempFile("atflow-bench", ".transcript");
            SessionConfig config = SessionConfig.defaults().withTranscript(transcript)
                    .withSecrets(Set.of("c4fa40df9c8078073d75a26be2bc8f58")).withChannel(channel);
            try (Session s = Session.open(serial, config)) {
                run(s::execute, at, warm);
                us = run(s::execute, at, n);
            } finally {
                Files.deleteIfExists(transcript);
            }
        }
        System.out.printf(Locale.ROOT, "%.2f%n", us);
    }

    interface Executor {
        CommandResult execute(AtCommand c);
    }

    private static double run(Executor e, AtCommand at, int n) {
        long switches = Proc.voluntarySwitches();
        long allocated = Proc.allocatedBytes();
        long cpu = Proc.cpuNanos();
        long[] each = new long[n];
        long start = System.nanoTime();
        long last = start;
        for (int i = 0; i < n; i++) {
            CommandResult r = e.execute(at);
            if (!r.isSuccess()) {
                throw new IllegalStateException("exchange " + i + " failed: " + r.describe());
            }
            long now = System.nanoTime();
            each[i] = now - last;
            last = now;
        }
        double us = (last - start) / 1000.0 / n;
        System.err.printf(Locale.ROOT, "%d exchanges: %.2f us, %.2f us CPU (all threads), %.2f voluntary context switches,"
                + " %.0f bytes allocated per exchange%n", n, us, (Proc.cpuNanos() - cpu) / 1000.0 / n,
                (Proc.voluntarySwitches() - switches) / (double) n, (Proc.allocatedBytes() - allocated) / (double) n);
        java.util.Arrays.sort(each);
        System.err.printf(Locale.ROOT, "%d exchanges: percentiles 10/50/90: %.1f / %.1f / %.1f us%n", n,
                each[n / 10] / 1000.0, each[n / 2] / 1000.0, each[n * 9 / 10] / 1000.0);
        return us;
    }
}
