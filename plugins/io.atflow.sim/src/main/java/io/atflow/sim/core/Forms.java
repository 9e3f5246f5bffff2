package io.atflow.sim.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;

/**
 * A command given form by form (V.250: test {@code =?}, read {@code ?}, execute, write {@code =...}): each form
 * with behaviour has an action; any other form answers what {@code otherwise} answers, by default ERROR.
 */
public final class Forms implements CommandHandler {
    private final Map<Form, Action> actions = new EnumMap<>(Form.class);
    private final CommandHandler otherwise;
    private Supplier<Outcome> badSyntax = () -> Outcome.ERROR;

    /** What one form does: writes information lines, returns the final result. */
    @FunctionalInterface
    public interface Action {
        Outcome run(Args args, ModuleCore module) throws BadArgs;
    }

    /** A form that changes state and answers OK. */
    @FunctionalInterface
    public interface Change {
        void apply(Args args, ModuleCore module) throws BadArgs;
    }

    private Forms(CommandHandler otherwise) {
        this.otherwise = otherwise;
    }

    /** A command whose forms without an action answer ERROR. */
    public static Forms command() {
        return new Forms((command, module) -> Outcome.ERROR);
    }

    /** A command whose forms without an action answer as {@code otherwise} does (the catalog's answer). */
    public static Forms over(CommandHandler otherwise) {
        return new Forms(otherwise);
    }

    /** A query whose execute form prints one line (AT+CGSN, AT+CGMI, AT+QGMR, ...); its test form answers OK. */
    public static Forms infoLine(Supplier<String> line) {
        return command().exec(line(m -> line.get())).test();
    }

    /** The test form prints these lines (none: OK alone). */
    public Forms test(String... lines) {
        return test(print(m -> List.of(lines)));
    }

    public Forms test(Action action) {
        return on(Form.TEST, action);
    }

    public Forms read(Action action) {
        return on(Form.READ, action);
    }

    public Forms exec(Action action) {
        return on(Form.EXEC, action);
    }

    public Forms write(Action action) {
        return on(Form.WRITE, action);
    }

    public Forms on(Form form, Action action) {
        actions.put(form, action);
        return this;
    }

    /** What the command answers when its arguments do not fit (see {@link CommandHandler#badSyntax()}). */
    public Forms badSyntax(Supplier<Outcome> outcome) {
        this.badSyntax = outcome;
        return this;
    }

    /** The 3GPP TS 27.007 commands' answer to arguments that do not fit: {@code +CME ERROR: 50}. */
    public Forms incorrectParameters() {
        return badSyntax(() -> Outcome.cme(CmeError.INCORRECT_PARAMETERS));
    }

    /** Prints the lines (none: nothing), then OK. */
    public static Action print(Function<ModuleCore, List<String>> lines) {
        return (args, module) -> answer(module, lines.apply(module));
    }

    /** Prints the lines (none: nothing); the result is OK. */
    public static Outcome answer(ModuleCore module, List<String> lines) {
        module.out().info(lines);
        return Outcome.OK;
    }

    /** Prints one line, then OK. */
    public static Action line(Function<ModuleCore, String> line) {
        return print(m -> List.of(line.apply(m)));
    }

    /** Applies a change, then OK. */
    public static Action change(Change change) {
        return (args, module) -> {
            change.apply(args, module);
            return Outcome.OK;
        };
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        Action action = actions.get(command.form());
        return action == null ? otherwise.handle(command, module) : action.run(command.arguments(), module);
    }

    @Override
    public Outcome badSyntax() {
        return badSyntax.get();
    }
}
