package io.atflow.engine.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lexical rules of AT text, shared by every bundle that reads a command line or a line a module printed: command
 * names and their forms, {@code +NAME:} line names, comma-separated fields with double quotes, and {@code ${...}}
 * placeholders of scripts.
 *
 * <p>
 * Name prefixes, as Quectel's AT command manuals and application notes use them: {@code +} starts the extended
 * commands of 3GPP TS 27.007 and Quectel's own ({@code AT+CSQ}, {@code AT+QMTOPEN}) and every prefixed response and
 * URC ({@code +QMTOPEN: 0,0}); {@code $} starts the Qualcomm commands Quectel modules accept ({@code AT$QCRMCALL=1,1},
 * answered by {@code $QCRMCALL: 1,V4}); {@code &} starts a V.25ter basic command of one letter ({@code AT&W},
 * {@code AT&D2}). Other vendors' prefixes ({@code ^} Huawei, {@code %}, {@code *}) do not occur in Quectel's manuals
 * and start no name.
 */
public final class AtLexer {
    /** Characters that start an extended command name and a prefixed line. */
    public static final String EXTENDED_PREFIXES = "+$";
    /** The character that starts a basic command with a one-letter name. */
    public static final char BASIC_PREFIX = '&';

    private AtLexer() {
    }

    public static boolean isExtendedPrefix(char c) {
        return EXTENDED_PREFIXES.indexOf(c) >= 0;
    }

    public static boolean isNameChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The end of the command name that starts at {@code from} (just after {@code AT}): an extended name ({@code +QMTOPEN},
     * {@code $QCRMCALL}), a basic name ({@code &W}, {@code E}), or {@code from} when there is none.
     */
    public static int nameEnd(String text, int from) {
        if (from >= text.length()) {
            return from;
        }
        char c = text.charAt(from);
        if (isExtendedPrefix(c)) {
            int i = from + 1;
            while (i < text.length() && isNameChar(text.charAt(i))) {
                i++;
            }
            return i == from + 1 ? from : i;
        }
        if (c == BASIC_PREFIX) {
            return from + 1 < text.length() && Character.isLetter(text.charAt(from + 1)) ? from + 2 : from;
        }
        return Character.isLetter(c) ? from + 1 : from;
    }

    /** The extended names of a command line, in upper case: {@code AT+CSQ;+CREG?} gives {@code +CSQ} and {@code +CREG}. */
    public static List<CommandName> commandNames(String text) {
        String s = text.strip();
        if (s.length() < 2 || !s.regionMatches(true, 0, "AT", 0, 2)) {
            return List.of();
        }
        List<CommandName> names = new ArrayList<>(1);
        for (AtField part : split(s, 2, ';', Integer.MAX_VALUE)) {
            String p = part.raw().strip();
            int end = p.isEmpty() || !isExtendedPrefix(p.charAt(0)) ? 0 : nameEnd(p, 0);
            if (end > 0) {
                names.add(new CommandName(p.substring(0, end).toUpperCase(Locale.ROOT), form(p.substring(end))));
            }
        }
        return names;
    }

    /** The form a command takes from what follows its name: {@code =?}, {@code ?}, {@code =...} or nothing. */
    public static CommandName.Form form(String afterName) {
        return afterName.startsWith("=?") ? CommandName.Form.TEST
                : afterName.startsWith("?") ? CommandName.Form.READ
                        : afterName.startsWith("=") ? CommandName.Form.WRITE : CommandName.Form.EXECUTE;
    }

    /**
     * The name of a prefixed line as printed, up to its colon ({@code +QMTOPEN} of {@code +QMTOPEN: 0,0},
     * {@code +CME ERROR} of {@code +CME ERROR: 10}), the whole line when it has no colon; null when the line does not
     * start with a name prefix.
     */
    public static String lineName(String line) {
        String t = line.strip();
        if (t.isEmpty() || !isExtendedPrefix(t.charAt(0))) {
            return null;
        }
        int colon = t.indexOf(':');
        return colon < 0 ? t : t.substring(0, colon);
    }

    /** The text after the colon of a prefixed line, blanks kept; null when the line is not prefixed or has no colon. */
    public static String lineBody(String line) {
        String t = line.strip();
        int colon = t.indexOf(':');
        return t.isEmpty() || !isExtendedPrefix(t.charAt(0)) || colon < 0 ? null : t.substring(colon + 1);
    }

    /** The fields of a {@code +NAME:} body or a parameter list, separated by commas outside quotes and placeholders. */
    public static List<AtField> fields(String text, int from) {
        return split(text, from, ',', Integer.MAX_VALUE);
    }

    /** As {@link #fields(String, int)}, but after {@code limit} fields the rest of the text is one last field. */
    public static List<AtField> fields(String text, int from, int limit) {
        return split(text, from, ',', limit);
    }

    /** The values of a body ({@link AtField#value()}); none for a blank body. */
    public static List<String> values(String body) {
        return body == null || body.isBlank() ? new ArrayList<>()
                : new ArrayList<>(fields(body, 0).stream().map(AtField::value).toList());
    }

    /** {@code value} without the double quotes around it, when it has both. */
    public static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * The index of the brace that closes the placeholder whose {@code $} is at {@code from} ({@code ${secret("a}")}}
     * closes at its last brace: braces inside quotes do not count), or -1 when it is not closed.
     */
    public static int placeholderEnd(String text, int from) {
        boolean quoted = false;
        for (int i = from + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '}' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static List<AtField> split(String text, int from, char separator, int limit) {
        List<AtField> out = new ArrayList<>();
        boolean quoted = false;
        int start = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = placeholderEnd(text, i);
                i = end < 0 ? text.length() : end;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted && out.size() + 1 < limit) {
                out.add(new AtField(text.substring(start, i), start));
                start = i + 1;
            }
        }
        out.add(new AtField(text.substring(start), start));
        return out;
    }
}
