package io.atflow.sim.replay;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.run.LogMasker;

/**
 * Drives a module with a log: sends each logged command (and the payloads the log shows after a prompt or
 * CONNECT), and compares what the module says with the logged lines, one by one. Volatile values (fresh secrets,
 * tokens, client ids) are compared by shape and carried into later lines. Stops at the first mismatch. The lines a
 * report quotes are masked as a run masks ({@link LogMasker}: the catalog's secret arguments and issued
 * credentials' JSON keys, learned from every line sent or received before).
 */
public final class ReplayRunner {
    private final Duration lineTimeout;
    private final Duration quiet;
    private final VolatileValues volatiles;
    private final AtCatalog catalog;

    /**
     * @param lineTimeout how long to wait for each expected line
     * @param quiet       how long the module must stay silent after the last logged line
     * @param catalog     the commands whose arguments are secret, for masking
     */
    public ReplayRunner(Duration lineTimeout, Duration quiet, VolatileValues volatiles, AtCatalog catalog) {
        this.lineTimeout = lineTimeout;
        this.quiet = quiet;
        this.volatiles = volatiles;
        this.catalog = catalog;
    }

    public static ReplayRunner defaults() {
        return new ReplayRunner(Duration.ofSeconds(15), Duration.ofMillis(300), VolatileValues.defaults(),
                AtCatalog.standard());
    }

    /**
     * Replays {@code log} with the volatile values its header declares; a log with an open end is not checked for
     * what the module says after its last line.
     */
    public ReplayReport run(ModuleLog log, OutputStream toModule, LineReader fromModule) throws IOException {
        Run run = new Run(toModule, fromModule, new LineMatcher(volatiles.withLiterals(log.setup().volatiles())));
        for (Exchange e : log.exchanges()) {
            if (!run.exchange(e)) {
                break;
            }
            run.matched++;
        }
        List<String> trailing = run.mismatches.isEmpty() && !log.setup().openEnd()
                ? fromModule.drain(quiet).stream().map(run.masker::mask).toList()
                : List.of();
        return new ReplayReport(log.source(), log.exchanges().size(), run.matched, run.compared, run.mismatches,
                trailing, run.substitutions.asMap(), log.preamble().size());
    }

    private final class Run {
        final OutputStream out;
        final LineReader in;
        final Substitutions substitutions = new Substitutions();
        final List<Mismatch> mismatches = new ArrayList<>();
        final LineMatcher matcher;
        final LogMasker masker = new LogMasker(catalog);
        int compared;
        int matched;

        Run(OutputStream out, LineReader in, LineMatcher matcher) {
            this.out = out;
            this.in = in;
            this.matcher = matcher;
        }

        boolean exchange(Exchange e) throws IOException {
            String command = substitutions.apply(e.command().text());
            masker.mask(command);
            send(command + "\r");
            List<LogLine> expected = e.expected();
            boolean dataSent = false;
            String unechoed = null;
            if (!e.echoShown()) {
                Optional<String> first = in.nextLine(lineTimeout);
                if (first.isPresent() && !first.get().equals(command)) {
                    unechoed = first.get();
                }
            }
            for (int i = 0; i < expected.size(); i++) {
                LogLine line = expected.get(i);
                String want = substitutions.apply(line.text());
                if (DataCommands.prompted(command) && (want.equals(">") || want.startsWith("> ")) && !dataSent) {
                    if (!in.awaitPrompt(lineTimeout)) {
                        return fail(line, want, null);
                    }
                    if (e.payloads().isEmpty()) {
                        String payload = want.length() > 2 ? want.substring(2) : "";
                        send(payload + (DataCommands.ctrlZ(command) ? "\u001a" : ""));
                    } else {
                        e.payloads().forEach(p -> sendQuietly(substitutions.apply(p)));
                    }
                    dataSent = true;
                }
                Optional<String> got = unechoed != null ? Optional.of(unechoed) : in.nextLine(lineTimeout);
                unechoed = null;
                if (got.isEmpty()) {
                    return fail(line, want, null);
                }
                masker.mask(got.get());
                Optional<Map<String, String>> match = matcher.match(want, got.get());
                if (match.isEmpty()) {
                    return fail(line, want, got.get());
                }
                substitutions.addAll(match.get());
                compared++;
                if (want.equals("CONNECT") && DataCommands.afterConnect(command) && !dataSent) {
                    if (!e.payloads().isEmpty()) {
                        e.payloads().forEach(p -> sendQuietly(substitutions.apply(p)));
                    } else if (i + 1 < expected.size()) {
                        send(substitutions.apply(expected.get(i + 1).text()));
                    }
                    dataSent = true;
                }
            }
            return true;
        }

        private boolean fail(LogLine line, String want, String got) {
            mismatches.add(new Mismatch(line.number(), masker.mask(want), masker.mask(got)));
            return false;
        }

        private void sendQuietly(String text) {
            try {
                send(text);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }

        private void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
