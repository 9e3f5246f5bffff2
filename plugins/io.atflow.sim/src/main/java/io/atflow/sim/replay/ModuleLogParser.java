package io.atflow.sim.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain module log in the {@code >>} style of the application note: every line the module printed
 * prefixed with {@code >>} (a bare {@code >>} is the CR LF framing), commands visible as their echo, {@code >>>}
 * the {@code >} prompt. Lines without the prefix continue the previous line (a PDF or terminal wrapped it; after
 * a {@code +XXX:} head or the prompt they join with a space, otherwise directly). A {@code <<} line is a command the
 * host sent that the module did not echo (echo off, or a log that shows only the host's side). {@code #} lines,
 * {@code //} lines and {@code //} comments after white space are ignored.
 */
public final class ModuleLogParser {
    private static final Pattern TRAILING_COMMENT = Pattern.compile("[ \\t]+//.*$");
    private static final Pattern COMMAND = Pattern.compile("^[Aa][Tt].*");
    private static final String PREFIX = ">>";
    private static final String HOST = "<<";

    private ModuleLogParser() {
    }

    public static ModuleLog parse(String source, String text) {
        List<LogLine> lines = lines(text);
        List<LogLine> preamble = new ArrayList<>();
        List<Exchange> exchanges = new ArrayList<>();
        LogLine command = null;
        boolean echoShown = true;
        List<LogLine> expected = new ArrayList<>();
        for (LogLine raw : lines) {
            boolean echoed = !raw.text().startsWith(HOST);
            LogLine line = echoed ? raw : new LogLine(raw.number(), raw.text().substring(HOST.length()).strip());
            if (!echoed || COMMAND.matcher(line.text()).matches()) {
                if (command != null) {
                    exchanges.add(new Exchange(command, expected, List.of(), echoShown));
                }
                command = line;
                echoShown = echoed;
                expected = new ArrayList<>();
                if (echoed) {
                    expected.add(line);
                }
            } else if (command == null) {
                preamble.add(line);
            } else {
                expected.add(line);
            }
        }
        if (command != null) {
            exchanges.add(new Exchange(command, expected, List.of(), echoShown));
        }
        return new ModuleLog(source, preamble, exchanges);
    }

    /** The log's lines with prefixes, comments and wrapping undone; blank (framing) lines dropped. */
    static List<LogLine> lines(String text) {
        List<LogLine> out = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        int number = 0;
        LogLine last = null;
        for (String r : raw) {
            number++;
            String t = r.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("//")) {
                continue;
            }
            t = TRAILING_COMMENT.matcher(t).replaceFirst("");
            if (t.startsWith(HOST)) {
                last = null;
                out.add(new LogLine(number, HOST + t.substring(HOST.length()).strip()));
            } else if (t.startsWith(PREFIX)) {
                String content = t.substring(PREFIX.length());
                content = content.startsWith(" ") ? content.substring(1) : content;
                last = content.isBlank() ? null : new LogLine(number, content.strip());
                if (last != null) {
                    out.add(last);
                }
            } else if (last != null) {
                String head = last.text();
                String sep = head.endsWith(":") || head.equals(">") ? " " : "";
                last = new LogLine(last.number(), head + sep + t);
                out.set(out.size() - 1, last);
            } else {
                last = new LogLine(number, t);
                out.add(last);
            }
        }
        return out;
    }
}
