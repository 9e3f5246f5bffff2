package io.atflow.sim.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;

/**
 * The shape Quectel's configuration commands share (AT+QMTCFG, AT+QSSLCFG, AT+QHTTPCFG, AT+QCFG):
 * {@code AT+X="<key>"[,<index>]} reads a setting back, {@code AT+X="<key>"[,<index>],<value>...} sets it (OK), and
 * {@code AT+X=?} prints one ranges line per key. The index (an MQTT client, an SSL context) picks whose settings;
 * without one there is a single set. An unknown key or a value that does not fit is the command's bad syntax.
 *
 * @param <S> the settings one index holds
 */
public final class KeyedSettings<S> implements CommandHandler {
    private final String prefix;
    private final Index<S> index;
    private final Map<String, Key<S>> keys = new LinkedHashMap<>();
    private Outcome bad = Outcome.ERROR;

    /** One setting: its ranges as the test form prints them, its value as the read form prints it, its write. */
    private record Key<S>(String name, String ranges, Function<S, String> read, Write<S> write) {
    }

    /** Checks the arguments (the values start after the key and the index) and sets them, all or nothing. */
    @FunctionalInterface
    public interface Write<S> {
        void apply(Args args, S settings) throws BadArgs;
    }

    /**
     * Which settings an index names: {@code max} 0..max, {@code echoed} whether the read form prints it; a
     * {@code max} below 0 means the command takes no index.
     */
    public record Index<S>(int max, boolean echoed, IntFunction<S> settings) {
        public static <S> Index<S> none(Supplier<S> settings) {
            return new Index<>(-1, false, i -> settings.get());
        }

        boolean given() {
            return max >= 0;
        }
    }

    public KeyedSettings(String prefix, Index<S> index) {
        this.prefix = prefix;
        this.index = index;
    }

    public KeyedSettings<S> key(String name, String ranges, Function<S, String> read, Write<S> write) {
        keys.put(name, new Key<>(name, ranges, read, write));
        return this;
    }

    public KeyedSettings<S> badSyntax(Outcome outcome) {
        this.bad = outcome;
        return this;
    }

    /** A switch as the read forms print it: 1 or 0. */
    public static String flag(boolean on) {
        return on ? "1" : "0";
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            String indexRange = index.given() ? ",(0-" + index.max() + ")" : "";
            return Forms.answer(module, keys.values().stream()
                    .map(k -> prefix + ": \"" + k.name() + "\"" + indexRange + "," + k.ranges()).toList());
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments();
        String name = a.string(0).toLowerCase(Locale.ROOT);
        int id = index.given() ? a.integer(1, 0, index.max()) : 0;
        Key<S> key = keys.get(name);
        if (key == null) {
            throw new BadArgs("unknown setting \"" + name + "\"");
        }
        S settings = index.settings().apply(id);
        if (a.size() > (index.given() ? 2 : 1)) {
            key.write().apply(a, settings);
        } else {
            module.out().info(prefix + ": \"" + name + "\"," + (index.echoed() ? id + "," : "")
                    + key.read().apply(settings));
        }
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return bad;
    }
}
