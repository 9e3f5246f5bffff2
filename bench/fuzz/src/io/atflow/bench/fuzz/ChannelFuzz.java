package io.atflow.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.Payload;
import io.atflow.engine.session.Session;
import io.atflow.engine.session.SessionConfig;
import io.atflow.engine.transcript.Transcript;
import io.atflow.engine.transcript.TranscriptEntry;
import io.atflow.engine.transcript.TranscriptReader;
import io.atflow.engine.urc.UrcFilter;

/**
 * Fuzzes the engine's channel through a full {@link Session}: each case opens a session (transcript, a secret to
 * mask) on a {@link FuzzTransport} whose answers come from {@link ResponseGenerator}, runs 1-8 commands of every
 * kind (plain, delayed result, prompt payload, CONNECT payload, body reading) with short timeouts, sometimes cut
 * into by a cancel or an abort from another thread, and sometimes awaits a URC. Findings: an exception escaping {@code execute}/{@code await}, a command or await not ending within
 * its timeout plus {@link #SLACK}, the reader thread failing, a transcript that does not read back or shows the
 * secret. Usage: {@code ChannelFuzz CASES SEED [THREADS]}: prints executions and findings, exit 1 on findings;
 * {@code --case SEED} replays one case and keeps its transcript; {@code --selfcheck} proves the checks fire.
 */
public final class ChannelFuzz {
    static final Duration SLACK = Duration.ofSeconds(5);
    private static final String JSON = "{\"id\":1,\"params\":{\"Temp\":23.9}}";

    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong awaits = new AtomicLong();
    private final AtomicLong transportEnds = new AtomicLong();
    private final AtomicLong interrupts = new AtomicLong();
    private static final java.util.concurrent.ScheduledExecutorService TIMER = Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fuzz-interrupts");
                t.setDaemon(true);
                return t;
            });
    private boolean keep;
    private boolean maskSecrets = true;
    private final List<String> findings = java.util.Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--case")) { // replays one case and keeps its transcript
            ChannelFuzz one = new ChannelFuzz();
            one.keep = true;
            one.runCase(Long.parseLong(args[1]));
            one.findings.forEach(f -> System.out.println("FINDING " + f));
            System.exit(one.findings.isEmpty() ? 0 : 1);
        }
        if (args[0].equals("--selfcheck")) { // the checks must fire: without masking the secret shows
            ChannelFuzz unmasked = new ChannelFuzz();
            unmasked.maskSecrets = false;
            for (long i = 0; i < 200; i++) {
                unmasked.runCase(i);
            }
            System.out.println("channel fuzz self-check: " + unmasked.findings.size()
                    + " findings in 200 sessions without masking (must be > 0)");
            System.exit(unmasked.findings.isEmpty() ? 1 : 0);
        }
        int cases = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        ChannelFuzz fuzz = new ChannelFuzz();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < cases; i++) {
            long caseSeed = seed * 1_000_003L + i;
            pool.execute(() -> fuzz.runCase(caseSeed));
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        fuzz.findings.forEach(f -> System.out.println("FINDING " + f));
        System.out.printf(Locale.ROOT, "channel fuzz: %d sessions, %d commands, %d awaits, %d transport ends,"
                + " %d cancels/aborts, seed %d, %d findings, %.1f s%n", cases, fuzz.commands.get(), fuzz.awaits.get(),
                fuzz.transportEnds.get(), fuzz.interrupts.get(), seed, fuzz.findings.size(),
                (System.nanoTime() - start) / 1e9);
        System.exit(fuzz.findings.isEmpty() ? 0 : 1);
    }

    void runCase(long caseSeed) {
        SplittableRandom random = new SplittableRandom(caseSeed);
        ResponseGenerator module = new ResponseGenerator(random.split());
        int count = 1 + random.nextInt(8);
        FuzzTransport.End end = switch (random.nextInt(20)) {
            case 0 -> FuzzTransport.End.VANISH;
            case 1 -> FuzzTransport.End.EOF;
            default -> FuzzTransport.End.NEVER;
        };
        if (end != FuzzTransport.End.NEVER) {
            transportEnds.incrementAndGet();
        }
        FuzzTransport transport = new FuzzTransport(module::answer, random.split(), end, 1 + random.nextInt(count + 1));
        Path transcript = null;
        String where = "case seed " + caseSeed;
        try {
            transcript = Files.createTempFile("atflow-fuzz", ".transcript");
            SessionConfig config = SessionConfig.defaults().withTranscript(transcript)
                    .withSecrets(maskSecrets ? Set.of(ResponseGenerator.SECRET) : Set.of());
            String readerFailure = null;
            try (Session session = Session.open(transport, config)) {
                interrupt(session, random);
                for (int i = 0; i < count; i++) {
                    AtCommand command = command(random);
                    timed(where + ", command " + i + " " + command.text(), command.timeout(), () -> {
                        CommandResult r = session.execute(command);
                        if (r == null) {
                            throw new IllegalStateException("execute returned null");
                        }
                    });
                    commands.incrementAndGet();
                    if (random.nextInt(4) == 0) {
                        Duration wait = Duration.ofMillis(1 + random.nextInt(60));
                        timed(where + ", await after command " + i, wait, () -> session.await(
                                random.nextBoolean() ? UrcFilter.prefix("+QMTSTAT:")
                                        : UrcFilter.pattern("\\+QMTRECV: 0,(\\d+),.*"), wait));
                        awaits.incrementAndGet();
                    }
                }
                String reason = session.closedReason();
                if (reason != null && reason.startsWith("the channel's reader failed")) {
                    readerFailure = reason;
                }
            }
            if (readerFailure != null) {
                findings.add(where + ": " + readerFailure);
            }
            Transcript read = TranscriptReader.read(transcript);
            if (showsSecret(read)) {
                findings.add(where + ": the transcript shows the secret unmasked (ChannelFuzz --case " + caseSeed
                        + " keeps it)");
            }
        } catch (Throwable t) {
            findings.add(where + ": " + t);
        } finally {
            if (keep) {
                System.out.println("transcript: " + transcript);
            } else if (transcript != null) {
                try {
                    Files.deleteIfExists(transcript);
                } catch (java.io.IOException e) {
                    // a temp file left behind
                }
            }
        }
    }

    /** One case in ten is cut into by a step timeout ({@code cancel}) or the user's Terminate ({@code abort}). */
    private void interrupt(Session session, SplittableRandom random) {
        int kind = random.nextInt(30);
        if (kind >= 3) {
            return;
        }
        interrupts.incrementAndGet();
        long delay = random.nextInt(150);
        TIMER.schedule(() -> {
            if (kind == 0) {
                session.abort();
            } else {
                session.cancel("the step's timeout expired");
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** Whether the secret's bytes appear in what the transcript says, also across consecutive RX or TX entries. */
    static boolean showsSecret(Transcript t) {
        String secret = ResponseGenerator.SECRET;
        for (TranscriptEntry.Kind kind : TranscriptEntry.Kind.values()) {
            StringBuilder all = new StringBuilder();
            for (TranscriptEntry e : t.entries(kind)) {
                all.append(new String(e.bytes(), StandardCharsets.ISO_8859_1));
                if (kind != TranscriptEntry.Kind.RX && kind != TranscriptEntry.Kind.TX) {
                    all.append('\n');
                }
            }
            if (all.indexOf(secret) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void timed(String what, Duration limit, Runnable action) {
        long start = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            findings.add(what + ": " + e + " escaped");
            return;
        }
        long took = System.nanoTime() - start;
        if (took > limit.plus(SLACK).toNanos()) {
            findings.add(what + ": took " + took / 1_000_000 + " ms, limit " + limit.toMillis() + " ms");
        }
    }

    static AtCommand command(SplittableRandom r) {
        Duration timeout = Duration.ofMillis(20 + r.nextInt(180));
        AtCommand c = switch (r.nextInt(8)) {
            case 0 -> AtCommand.of("AT");
            case 1 -> AtCommand.of("AT+CSQ");
            case 2 -> AtCommand.of("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883");
            case 3 -> AtCommand.of("AT+QMTPUBEX=0,0,0,0,\"/t\"," + JSON.length()).withPayload(Payload.exact(JSON));
            case 4 -> AtCommand.of("AT+QMTPUB=0,0,0,0,\"/t\"").withPayload(Payload.ctrlZ(JSON));
            case 5 -> AtCommand.of("AT+QHTTPURL=20,80").withPayload(Payload.afterConnect("https://example.com/a"));
            case 6 -> AtCommand.of("AT+QHTTPREAD=80").readingBody();
            default -> AtCommand.of("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\""
                    + ResponseGenerator.SECRET + "\"");
        };
        return c.withTimeout(timeout);
    }
}
