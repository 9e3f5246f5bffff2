package io.atflow.lang.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        int i = 2;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '&' || text.charAt(i) == '$')) {
            i++;
            while (i < text.length() && isNameChar(text.charAt(i))) {
                i++;
            }
        } else if (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        String name = text.substring(0, i).toUpperCase(Locale.ROOT);
        String rest = text.substring(i);
        if (rest.equals("=?")) {
            return new AtCommandText(text, name, CommandForm.TEST, List.of(), i);
        }
        if (rest.equals("?")) {
            return new AtCommandText(text, name, CommandForm.READ, List.of(), i);
        }
        if (rest.startsWith("=")) {
            return new AtCommandText(text, name, CommandForm.WRITE, split(text, i + 1), i);
        }
        if (rest.isEmpty()) {
            return new AtCommandText(text, name, CommandForm.EXEC, List.of(), i);
        }
        // basic command with a number (ATE0, ATV1) or anything unusual: one argument
        return new AtCommandText(text, name, CommandForm.WRITE, List.of(new AtArgument(rest, i, false, true)), i);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '/';
    }

    private static List<AtArgument> split(String text, int from) {
        List<AtArgument> out = new ArrayList<>();
        int start = from;
        int i = from;
        boolean quoted = false;
        int braces = 0;
        while (i <= text.length()) {
            if (i == text.length() || (text.charAt(i) == ',' && !quoted && braces == 0)) {
                String raw = text.substring(start, i);
                boolean q = raw.startsWith("\"");
                boolean closed = !q || (raw.length() >= 2 && raw.endsWith("\""));
                out.add(new AtArgument(raw, start, q, closed));
                start = i + 1;
            } else {
                char c = text.charAt(i);
                if (c == '"' && braces == 0) {
                    quoted = !quoted;
                } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                    braces++;
                    i++;
                } else if (c == '}' && braces > 0) {
                    braces--;
                }
            }
            i++;
        }
        return out;
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
