package io.atflow.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.atflow.sim.ModuleConnection;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.net.HostTable;

/**
 * Fuzzes the simulated module's command-line handling: mutated and random lines ({@link LineMutator}) go to a module
 * over its in-process serial line. Every line that starts with {@code AT} must be answered with a final result code
 * ({@code OK}, {@code ERROR}, {@code +CME ERROR}) within {@link #DEADLINE_MS} (a {@code >} prompt or {@code CONNECT}
 * is served first: ESC, then filler bytes), and after every line the module must still answer a plain {@code AT}
 * with {@code OK}. An internal error the module reports (a handler that threw) is a finding too. MQTT goes to a
 * closed local port. Usage: {@code SimFuzz LINES SEED [SKIP]} (SKIP: mutated lines to pass over
 * first, to replay a module that started later in an earlier run); a fresh module every 1,000 lines; exit 1 on findings.
 */
public final class SimFuzz {
    static final long DEADLINE_MS = 5000;
    private static final int LINES_PER_MODULE = 1000;
    private final List<String> findings = new ArrayList<>();
    private final ByteArrayOutputStream internalErrors = new ByteArrayOutputStream();
    private long answered;
    private long ignored;
    private long dataPhases;
    private long rebootLosses;
    private long slowest;
    private final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();
    private final boolean verbose = Boolean.getBoolean("fuzz.verbose");

    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        SimFuzz fuzz = new SimFuzz();
        PrintStream err = System.err;
        System.setErr(new PrintStream(new TeeStream(err, fuzz.internalErrors), true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        LineMutator mutator = new LineMutator(random.split());
        for (int skip = args.length > 2 ? Integer.parseInt(args[2]) : 0; skip > 0; skip--) {
            mutator.next(); // replays a module that started later in an earlier run
        }
        for (int done = 0; done < lines; done += LINES_PER_MODULE) {
            fuzz.runModule(mutator, Math.min(LINES_PER_MODULE, lines - done), done);
        }
        System.setErr(err);
        String internal = fuzz.internalErrors.toString(StandardCharsets.UTF_8);
        internal.lines().filter(l -> l.contains("internal error")).forEach(l -> fuzz.findings.add(l));
        fuzz.findings.forEach(f -> System.out.println("FINDING " + f));
        System.out.printf(Locale.ROOT, "sim fuzz: %d lines (%d answered, %d not commands, %d data phases, %d lost to"
                + " a reboot), slowest answer %d ms, seed %d, %d findings, %.1f s%n", lines, fuzz.answered, fuzz.ignored,
                fuzz.dataPhases, fuzz.rebootLosses, fuzz.slowest / 1_000_000, seed,
                fuzz.findings.size(), (System.nanoTime() - start) / 1e9);
        System.exit(fuzz.findings.isEmpty() ? 0 : 1);
    }

    private void runModule(LineMutator mutator, int count, int first) throws Exception {
        SimConfig config = SimConfig.defaults().withNetwork(HostTable.broker(URI.create("tcp://127.0.0.1:9")));
        try (SimulatedModule module = SimulatedModule.start(config); ModuleConnection line = module.open()) {
            ModuleOutput output = new ModuleOutput(line.fromModule());
            OutputStream toModule = line.toModule();
            for (int i = 0; i < count; i++) {
                byte[] text = mutator.next();
                String where = "line " + (first + i) + " \"" + show(text) + "\"";
                recent.addLast(show(text));
                if (recent.size() > 12) {
                    recent.removeFirst();
                }
                int mark = output.mark();
                send(toModule, text, (byte) '\r');
                if (isCommand(text)) {
                    if (awaitFinal(output, toModule, mark, text)) {
                        answered++;
                    } else if (ModuleOutput.lines(output.since(mark)).contains("RDY")) {
                        rebootLosses++; // sent while an earlier AT+CFUN=1,1 rebooted the module: lost, as on a module
                    } else {
                        context(output);
                        findings.add(where + ": no final result code within " + DEADLINE_MS + " ms; the module said \""
                                + show(output.since(mark)) + "\"");
                        return; // the module's state is unknown now: start a fresh one
                    }
                } else {
                    ignored++;
                }
                if (!probe(output, toModule)) {
                    context(output);
                    findings.add(where + ": the module stopped answering AT afterwards; it said \""
                            + show(output.since(mark)) + "\"");
                    return;
                }
            }
        }
    }

    /** With -Dfuzz.verbose=true: the lines before a finding and the module's threads. */
    private void context(ModuleOutput output) {
        if (!verbose) {
            return;
        }
        System.out.println("the module said: " + io.atflow.engine.transcript.TranscriptFormat.escape(output.since(0)));
        System.out.println("lines before the finding:");
        recent.forEach(l -> System.out.println("  " + l));
        try { // virtual threads too (the module's threads are virtual)
            java.nio.file.Path dump = java.nio.file.Files.createTempFile("simfuzz-threads", ".txt");
            java.nio.file.Files.delete(dump);
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpThreads(dump.toString(), com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            System.out.println("threads: " + dump);
        } catch (IOException e) {
            System.out.println("no thread dump: " + e);
        }
    }

    /** What the module's decoder makes of the line: backspaces applied, then UTF-8, stripped, "AT" first. */
    static boolean isCommand(byte[] text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte c : text) {
            if (c == 0x08) {
                byte[] cur = b.toByteArray();
                b.reset();
                b.write(cur, 0, Math.max(0, cur.length - 1));
            } else {
                b.write(c);
            }
        }
        if (b.size() >= 4096) {
            return true; // overlong: ERROR
        }
        String s = b.toString(StandardCharsets.UTF_8).strip();
        return s.length() >= 2 && s.substring(0, 2).equalsIgnoreCase("AT");
    }

    private boolean awaitFinal(ModuleOutput output, OutputStream toModule, int mark, byte[] sent) throws Exception {
        long start = System.nanoTime();
        long deadline = start + DEADLINE_MS * 1_000_000L;
        boolean served = false;
        int seen = 0;
        while (System.nanoTime() < deadline) {
            byte[] out = stripEcho(output.since(mark), sent);
            for (String l : ModuleOutput.lines(out)) {
                if (ModuleOutput.isFinal(l)) {
                    if (!served) {
                        slowest = Math.max(slowest, System.nanoTime() - start);
                    }
                    return true;
                }
            }
            if (ModuleOutput.lines(out).contains("RDY")) {
                return false; // rebooting: the caller counts the line as lost to the reboot
            }
            String text = new String(out, StandardCharsets.ISO_8859_1);
            if (!served && (text.endsWith("\r\n> ") || text.contains("\r\nCONNECT\r\n"))) {
                served = true;
                dataPhases++;
                serveData(output, toModule, mark, sent, text.endsWith("> "));
                continue;
            }
            seen = output.since(mark).length;
            output.awaitMore(mark + seen, Math.min(deadline, System.nanoTime() + 50_000_000L));
        }
        return false;
    }

    /** A prompt gets ESC first (cancels a Ctrl-Z payload); then filler until a final result code, then CR. */
    private void serveData(ModuleOutput output, OutputStream toModule, int mark, byte[] sent, boolean prompt)
            throws Exception {
        if (prompt) {
            send(toModule, new byte[] { 0x1b });
            if (finalWithin(output, mark, sent, 200)) {
                return;
            }
        }
        byte[] filler = new byte[16];
        Arrays.fill(filler, (byte) 'x');
        for (int sentBytes = 0; sentBytes < 300_000; sentBytes += filler.length) {
            send(toModule, filler);
            if (sentBytes % 1024 == 0 && finalWithin(output, mark, sent, 2)) {
                break;
            }
        }
        finalWithin(output, mark, sent, 500);
        send(toModule, new byte[] { '\r' }); // ends the filler that went beyond the data phase (not a command)
    }

    private boolean finalWithin(ModuleOutput output, int mark, byte[] sent, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            for (String l : ModuleOutput.lines(stripEcho(output.since(mark), sent))) {
                if (ModuleOutput.isFinal(l)) {
                    return true;
                }
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            output.awaitMore(output.mark(), Math.min(deadline, System.nanoTime() + 5_000_000L));
        }
    }

    /**
     * Plain AT must answer OK. A reboot the line caused (AT+CFUN=1,1) makes the module deaf until its RDY: a probe
     * swallowed that way is sent again once RDY is there.
     */
    private boolean probe(ModuleOutput output, OutputStream toModule) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            int mark = output.mark();
            send(toModule, "AT\r".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            long deadline = start + DEADLINE_MS * 1_000_000L;
            boolean rebooted = false;
            while (System.nanoTime() < deadline && !rebooted) {
                List<String> lines = ModuleOutput.lines(output.since(mark));
                if (lines.contains("OK")) {
                    slowest = Math.max(slowest, System.nanoTime() - start);
                    return true;
                }
                rebooted = lines.contains("RDY");
                output.awaitMore(output.mark(), Math.min(deadline, System.nanoTime() + 50_000_000L));
            }
            if (!rebooted) {
                return false;
            }
        }
        return false;
    }

    private static byte[] stripEcho(byte[] out, byte[] sent) {
        int n = sent.length + 1;
        if (out.length >= n && Arrays.equals(out, 0, sent.length, sent, 0, sent.length) && out[sent.length] == '\r') {
            return Arrays.copyOfRange(out, n, out.length);
        }
        return out;
    }

    private static void send(OutputStream to, byte[]... parts) throws IOException {
        for (byte[] p : parts) {
            to.write(p);
        }
        to.flush();
    }

    private static void send(OutputStream to, byte[] text, byte end) throws IOException {
        send(to, text, new byte[] { end });
    }

    static String show(byte[] b) {
        String s = io.atflow.engine.transcript.TranscriptFormat.escape(b);
        return s.length() > 200 ? s.substring(0, 200) + "...(" + b.length + " bytes)" : s;
    }

    /** Copies stderr through while keeping it for the check for internal errors. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
