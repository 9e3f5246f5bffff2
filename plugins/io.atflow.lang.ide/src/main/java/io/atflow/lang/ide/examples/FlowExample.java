package io.atflow.lang.ide.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One example script of the application note's flows ({@code examples/} of the project, shipped with this bundle):
 * its file name ({@code 3-one-device-one-secret-credentials.atflow}), the flow it shows (from the examples README)
 * and its text.
 */
public record FlowExample(String fileName, String flow, String text) {
    private static final Pattern INCLUDE = Pattern.compile("(?m)^\\s*include\\s+\"([^\"]+)\"");

    /** The file name without its number and extension: {@code one-device-one-secret-credentials}. */
    public String name() {
        String base = fileName.endsWith(".atflow") ? fileName.substring(0, fileName.length() - 7) : fileName;
        return base.replaceFirst("^[0-9]+-", "");
    }

    /** The paths this script includes, in order ({@code common/network.atflow}). */
    public List<String> includes() {
        return includes(text);
    }

    static List<String> includes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = INCLUDE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
