package io.atflow.run.interp;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.atflow.lang.catalog.DataMode;

/**
 * The commands of one run as {@link Outgoing#prepare} builds them, by everything that goes into them: a {@code send}
 * that renders the same text with the same {@code expect}, data mode and timeouts ({@code send AT expect OK} on every
 * line of a script, a polling loop) is parsed and looked up in the catalog once. Its credential arguments reached the
 * secret sink the first time, and masking keeps them for the whole run. Commands with data (after {@code >} or
 * {@code CONNECT}) are prepared each time: their payloads stay out of memory; so are commands whose {@code expect} has a
 * {@code ${...}} placeholder: that pattern is compiled anew for each send, so such a command would never be found
 * again and would only push the others out. Bounded: the least recently used command goes beyond {@link #LIMIT}.
 * Used by the run's thread.
 */
public final class PreparedCommands {
    public static final int LIMIT = 256;

    private record Key(String text, CompiledPattern expect, DataMode mode, Duration timeout, Duration fallback) {
    }

    private final CommandFactory commands;
    private final Lru<Key, Outgoing> prepared = new Lru<>(LIMIT);

    public PreparedCommands(CommandFactory commands) {
        this.commands = commands;
    }

    /** As {@link Outgoing#prepare(CommandFactory, String, CompiledPattern, DataMode, String, Duration, Duration,
     * Consumer, Supplier)}. */
    public Outgoing prepare(String text, CompiledPattern expect, DataMode mode, String data, Duration timeout,
            Duration fallback, Consumer<String> secretSink, Supplier<String> location) {
        if (data != null || expect != null && !FixedPatterns.fixed(expect.text())) {
            return Outgoing.prepare(commands, text, expect, mode, data, timeout, fallback, secretSink, location);
        }
        Key key = new Key(text, expect, mode, timeout, fallback);
        Outgoing out = prepared.get(key);
        if (out == null) {
            out = Outgoing.prepare(commands, text, expect, mode, null, timeout, fallback, secretSink, location);
            prepared.put(key, out);
        }
        return out;
    }

    public int size() {
        return prepared.size();
    }
}
