package io.atflow.launch.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script location in console text, {@code /p/x.atflow:23} (workspace path) or {@code /home/u/x.atflow:23} (file
 * outside the workspace): what a console hyperlink opens.
 *
 * @param offset where the location starts in the text it was found in
 * @param length how long it is there
 * @param path   the workspace or file system path
 * @param line   the 1-based line
 */
public record SourceLocation(int offset, int length, String path, int line) {
    /** An absolute path ending in {@code .atflow}, not inside a longer word or path. */
    private static final String PATH = "(?<![^\\s(\"'])(?:/|[A-Za-z]:[\\\\/])[^\\s:\"()]*\\.atflow";
    /** The console's pattern: such a path, a colon and a line number. */
    public static final String REGEX = PATH + ":\\d{1,9}";
    private static final Pattern LOCATION = Pattern.compile("(" + PATH + "):(\\d{1,9})");

    /** The locations in {@code text}, in order. */
    public static List<SourceLocation> find(String text) {
        List<SourceLocation> found = new ArrayList<>();
        Matcher m = LOCATION.matcher(text);
        while (m.find()) {
            int line = Integer.parseInt(m.group(2));
            if (line > 0) {
                found.add(new SourceLocation(m.start(), m.end() - m.start(), m.group(1), line));
            }
        }
        return found;
    }
}
