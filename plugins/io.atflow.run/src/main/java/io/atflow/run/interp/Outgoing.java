package io.atflow.run.interp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.Payload;
import io.atflow.lang.catalog.DataMode;
import io.atflow.lang.model.AtCommandText;

/**
 * A command ready to be sent, as the interpreter sends {@code send}: built from the catalog by
 * {@link CommandFactory}, its credential arguments passed on to be masked, its data attached and checked against the
 * announced length, and its time limits.
 *
 * @param command the engine command (responses, delayed results, data; without a timeout)
 * @param own     the time for its final result: its own {@code timeout}, else the longer of the default and the
 *                catalog's maximum response time (150 s for AT+QIOPEN)
 * @param result  how long a delayed result may take: the catalog's {@code resultWithin} when longer than
 *                {@code own} and the command has no timeout of its own
 */
public record Outgoing(AtCommand command, Duration own, Duration result) {

    /**
     * @param text        the rendered command line
     * @param expect      the {@code expect} pattern, or null
     * @param mode        what is exchanged after the command ({@link DataMode#NONE} for nothing)
     * @param data        the text written after {@code >} or {@code CONNECT}, or null
     * @param timeout     the command's own timeout, or null
     * @param fallback    the default command timeout
     * @param secretSink  receives the values of credential arguments (AT+QMTCONN password, aliauth device secret)
     * @param location    where failures are reported
     * @throws ScriptFailure a line break in the command, or data whose length differs from the announced one
     */
    public static Outgoing prepare(CommandFactory commands, String text, CompiledPattern expect, DataMode mode,
            String data, Duration timeout, Duration fallback, Consumer<String> secretSink, String location) {
        return prepare(commands, text, expect, mode, data, timeout, fallback, secretSink, () -> location);
    }

    /** As {@link #prepare(CommandFactory, String, CompiledPattern, DataMode, String, Duration, Duration, Consumer,
     * String)}, with the location looked up only for a failure. */
    public static Outgoing prepare(CommandFactory commands, String text, CompiledPattern expect, DataMode mode,
            String data, Duration timeout, Duration fallback, Consumer<String> secretSink, Supplier<String> location) {
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw ScriptFailure.failed("the command " + Texts.quote(text) + " contains a line break", location.get());
        }
        AtCommandText cmd = AtCommandText.parse(text);
        commands.secretArguments(cmd, secretSink);
        AtCommand command = withData(commands, cmd, commands.build(text, cmd, expect), mode, data, location);
        Duration own = timeout != null ? timeout
                : commands.maxResponse(cmd).filter(d -> d.compareTo(fallback) > 0).orElse(fallback);
        Duration result = timeout != null ? own
                : commands.resultWithin(cmd).filter(d -> d.compareTo(own) > 0).orElse(own);
        return new Outgoing(command, own, result);
    }

    private static AtCommand withData(CommandFactory commands, AtCommandText cmd, AtCommand command, DataMode mode,
            String data, Supplier<String> location) {
        if (mode == DataMode.CONNECT_READ) {
            return command.readingBody();
        }
        if (data == null || mode == DataMode.NONE) {
            return command;
        }
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        if (mode != DataMode.PROMPT_CTRLZ) {
            long announced = commands.announcedLength(cmd);
            if (announced >= 0 && announced != bytes.length) {
                throw ScriptFailure.failed("the data is " + bytes.length + " bytes but " + cmd.name() + " announces "
                        + announced + "; the module would wait for the rest or cut it", location.get());
            }
        }
        return command.withPayload(switch (mode) {
            case PROMPT_CTRLZ -> Payload.ctrlZ(bytes);
            case CONNECT -> Payload.afterConnect(bytes);
            default -> Payload.exact(bytes);
        });
    }
}
