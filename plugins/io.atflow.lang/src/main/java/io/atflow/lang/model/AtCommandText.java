package io.atflow.lang.model;

import java.util.List;
import java.util.Locale;

import io.atflow.engine.at.AtLexer;

/**
 * An AT command as written in a script and logged by a module, split into its name, form and arguments:
 * {@code AT+QMTOPEN=0,"host",1883} is {@code AT+QMTOPEN}, {@link CommandForm#WRITE}, three arguments;
 * {@code ATE0} is the basic command {@code ATE} with argument {@code 0}.
 */
public record AtCommandText(String text, String name, CommandForm form, List<AtArgument> args, int nameLength) {

    public AtCommandText {
        args = List.copyOf(args);
    }

    public static AtCommandText parse(String text) {
        if (!text.regionMatches(true, 0, "AT", 0, 2)) {
            return new AtCommandText(text, text, CommandForm.EXEC, List.of(), text.length());
        }
        int i = AtLexer.nameEnd(text, 2);
        String name = text.substring(0, i).toUpperCase(Locale.ROOT);
        String rest = text.substring(i);
        if (rest.equals("=?")) {
            return new AtCommandText(text, name, CommandForm.TEST, List.of(), i);
        }
        if (rest.equals("?")) {
            return new AtCommandText(text, name, CommandForm.READ, List.of(), i);
        }
        if (rest.startsWith("=")) {
            return new AtCommandText(text, name, CommandForm.WRITE, arguments(text, i + 1), i);
        }
        if (rest.isEmpty()) {
            return new AtCommandText(text, name, CommandForm.EXEC, List.of(), i);
        }
        // basic command with a number (ATE0, AT&D2) or anything unusual: one argument
        return new AtCommandText(text, name, CommandForm.WRITE, List.of(new AtArgument(rest, i, false, true)), i);
    }

    private static List<AtArgument> arguments(String text, int from) {
        return AtLexer.fields(text, from).stream().map(f -> {
            boolean q = f.raw().startsWith("\"");
            return new AtArgument(f.raw(), f.offset(), q, !q || f.raw().length() >= 2 && f.raw().endsWith("\""));
        }).toList();
    }

    /** The argument at {@code index}, or null. */
    public AtArgument arg(int index) {
        return index < args.size() ? args.get(index) : null;
    }

    /** The first argument's unquoted value in lower case, e.g. {@code aliauth} in {@code AT+QMTCFG="aliauth",0}. */
    public String subKey() {
        return args.isEmpty() || !args.get(0).quoted() ? null : args.get(0).value().toLowerCase(Locale.ROOT);
    }
}
