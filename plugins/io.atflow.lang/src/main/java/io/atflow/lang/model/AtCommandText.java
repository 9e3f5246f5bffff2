package io.atflow.lang.model;

import java.util.List;
import java.util.Locale;

import io.atflow.engine.at.AtLexer;

/**
 * An AT command as written in a script and logged by a module, split into its name, form and arguments:
 * {@code AT+QMTOPEN=0,"host",1883} is {@code AT+QMTOPEN}, {@link CommandForm#WRITE}, three arguments;
 * {@code ATE0} is the basic command {@code ATE} with argument {@code 0}.
 */
public final class AtCommandText {
    private final String text;
    private final String name;
    private final CommandForm form;
    private final int nameLength;
    /** Split on first use: most readers only ask for the name and form (validation reads every command). */
    private List<AtArgument> args;

    private AtCommandText(String text, String name, CommandForm form, List<AtArgument> args, int nameLength) {
        this.text = text;
        this.name = name;
        this.form = form;
        this.args = args == null ? null : List.copyOf(args);
        this.nameLength = nameLength;
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
            return new AtCommandText(text, name, CommandForm.WRITE, null, i);
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

    /** The command as written. */
    public String text() {
        return text;
    }

    /** The command's name in upper case: {@code AT+QMTOPEN}, {@code ATE}. */
    public String name() {
        return name;
    }

    public CommandForm form() {
        return form;
    }

    /** Length of the name as written (where the arguments start). */
    public int nameLength() {
        return nameLength;
    }

    /** The arguments, in order. */
    public List<AtArgument> args() {
        List<AtArgument> a = args;
        if (a == null) {
            a = arguments(text, nameLength + 1); // immutable: a racing second split yields an equal list
            args = a;
        }
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AtCommandText c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "AtCommandText[" + text + "]";
    }

    /** The argument at {@code index}, or null. */
    public AtArgument arg(int index) {
        return index < args().size() ? args().get(index) : null;
    }

    /** The first argument's unquoted value in lower case, e.g. {@code aliauth} in {@code AT+QMTCFG="aliauth",0}. */
    public String subKey() {
        AtArgument first = arg(0);
        return first == null || !first.quoted() ? null : first.value().toLowerCase(Locale.ROOT);
    }
}
