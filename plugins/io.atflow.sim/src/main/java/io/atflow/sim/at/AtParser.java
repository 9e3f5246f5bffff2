package io.atflow.sim.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        char first = rest.charAt(0);
        if (first == '+' || first == '$' || first == '^') {
            return Optional.of(extended(rest));
        }
        return Optional.of(basic(rest));
    }

    private static ParsedCommand extended(String rest) throws BadArgs {
        int i = 1;
        while (i < rest.length() && isNameChar(rest.charAt(i))) {
            i++;
        }
        if (i == 1) {
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
        int i = rest.charAt(0) == '&' ? 2 : 1;
        if (i > rest.length() || !Character.isLetter(rest.charAt(i - 1))) {
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

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '&';
    }

    /** Splits parameters at commas outside double quotes; quoted parameters keep their content verbatim. */
    static List<AtArg> split(String params) throws BadArgs {
        List<AtArg> args = new ArrayList<>();
        int i = 0;
        int n = params.length();
        while (true) {
            while (i < n && params.charAt(i) == ' ') {
                i++;
            }
            if (i < n && params.charAt(i) == '"') {
                int close = params.indexOf('"', i + 1);
                if (close < 0) {
                    throw new BadArgs("a quoted parameter is not closed");
                }
                args.add(new AtArg(params.substring(i + 1, close), true));
                i = close + 1;
                while (i < n && params.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && params.charAt(i) != ',') {
                    throw new BadArgs("text after a closing quote");
                }
            } else {
                int comma = params.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                String raw = params.substring(i, end).strip();
                if (raw.indexOf('"') >= 0) {
                    throw new BadArgs("a quote inside an unquoted parameter");
                }
                args.add(new AtArg(raw, false));
                i = end;
            }
            if (i >= n) {
                return args;
            }
            i++; // the comma
        }
    }
}
