package io.atflow.sim.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.atflow.engine.at.AtField;
import io.atflow.engine.at.AtLexer;
import io.atflow.sim.at.ParsedCommand.Form;

/** Parses one command line ({@code AT...} without its CR) into an {@link ParsedCommand}. */
public final class AtParser {
    private AtParser() {
    }

    /**
     * @return empty when the line is not a command at all (no {@code AT} prefix), which a module ignores
     * @throws BadArgs when it starts with AT but is not well formed
     */
    public static Optional<ParsedCommand> parse(String line) throws BadArgs {
        String trimmed = line.strip();
        if (trimmed.length() < 2 || !trimmed.substring(0, 2).equalsIgnoreCase("AT")) {
            return Optional.empty();
        }
        String rest = trimmed.substring(2);
        if (rest.isEmpty()) {
            return Optional.of(new ParsedCommand("", Form.EXEC, List.of(), rest));
        }
        return Optional.of(AtLexer.isExtendedPrefix(rest.charAt(0)) ? extended(rest) : basic(rest));
    }

    /**
     * Parses a command line that may chain basic commands (ITU-T V.250 §5.2.1: {@code AT&FZE0} is {@code &F},
     * {@code Z} and {@code E0} in turn); any other line is one command, as {@link #parse} reads it.
     *
     * @return the commands in order, empty when the line is not a command at all
     */
    public static List<ParsedCommand> parseLine(String line) throws BadArgs {
        Optional<ParsedCommand> single;
        try {
            single = parse(line);
        } catch (BadArgs e) {
            String rest = line.strip().substring(2);
            if (rest.isEmpty() || !(Character.isLetter(rest.charAt(0)) || rest.charAt(0) == '&')) {
                throw e;
            }
            return basicChain(rest);
        }
        return single.map(List::of).orElse(List.of());
    }

    /** Cuts {@code &FZE0} into {@code &F}, {@code Z}, {@code E0}: a name (a letter, or & and a letter), digits. */
    private static List<ParsedCommand> basicChain(String rest) throws BadArgs {
        List<ParsedCommand> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < rest.length()) {
            int start = i;
            i += rest.charAt(i) == '&' ? 2 : 1;
            while (i < rest.length() && (Character.isDigit(rest.charAt(i)) || rest.charAt(i) == '?')) {
                i++;
            }
            out.add(basic(rest.substring(start, Math.min(i, rest.length()))));
        }
        return out;
    }

    private static ParsedCommand extended(String rest) throws BadArgs {
        int i = AtLexer.nameEnd(rest, 0);
        if (i == 0) {
            throw new BadArgs("no command name after " + rest.charAt(0));
        }
        String name = rest.substring(0, i).toUpperCase(Locale.ROOT);
        String suffix = rest.substring(i);
        if (suffix.isEmpty()) {
            return new ParsedCommand(name, Form.EXEC, List.of(), rest);
        }
        if (suffix.equals("?")) {
            return new ParsedCommand(name, Form.READ, List.of(), rest);
        }
        if (suffix.equals("=?")) {
            return new ParsedCommand(name, Form.TEST, List.of(), rest);
        }
        if (suffix.charAt(0) != '=') {
            throw new BadArgs("unexpected \"" + suffix + "\" after " + name);
        }
        return new ParsedCommand(name, Form.WRITE, split(suffix.substring(1)), rest);
    }

    private static ParsedCommand basic(String rest) throws BadArgs {
        int i = AtLexer.nameEnd(rest, 0);
        if (i == 0) {
            throw new BadArgs("\"" + rest + "\" is not a basic command");
        }
        String name = rest.substring(0, i).toUpperCase(Locale.ROOT);
        String value = rest.substring(i);
        if (value.equals("?")) {
            return new ParsedCommand(name, Form.READ, List.of(), rest);
        }
        if (value.isEmpty()) {
            return new ParsedCommand(name, Form.EXEC, List.of(), rest);
        }
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new BadArgs("basic command " + name + " takes a number, not \"" + value + "\"");
        }
        return new ParsedCommand(name, Form.WRITE, List.of(new AtArg(value, false)), rest);
    }

    /** Splits parameters at commas outside double quotes; quoted parameters keep their content verbatim. */
    static List<AtArg> split(String params) throws BadArgs {
        List<AtArg> args = new ArrayList<>();
        for (AtField f : AtLexer.fields(params, 0)) {
            String raw = f.raw().strip();
            if (!f.quoted()) {
                if (raw.indexOf('"') >= 0) {
                    throw new BadArgs("a quote inside an unquoted parameter");
                }
                args.add(new AtArg(raw, false));
            } else if (raw.indexOf('"', 1) < 0) {
                throw new BadArgs("a quoted parameter is not closed");
            } else if (raw.indexOf('"', 1) != raw.length() - 1) {
                throw new BadArgs("text after a closing quote");
            } else {
                args.add(new AtArg(raw.substring(1, raw.length() - 1), true));
            }
        }
        return args;
    }
}
