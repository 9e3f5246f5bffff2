package io.atflow.cli.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of TAP version 14 (testanything.org/tap-version-14-specification.html) a stream must keep, checked
 * line by line: the version line first; one plan {@code 1..N} before or after the test points; test points
 * {@code ok}/{@code not ok} numbered 1 to N in order; {@code #} in a description escaped (no directive is used
 * here); a YAML diagnostic block right after a test point, indented 2 spaces more, from {@code ---} to
 * {@code ...}; a subtest as a {@code # Subtest: name} comment, then a stream indented 4 spaces (checked by the same
 * rules, without version line), then the parent's test point.
 */
final class TapRules {
    private static final Pattern POINT = Pattern.compile("(not ok|ok) (\\d+)(?: - (.*))?");
    private static final Pattern PLAN = Pattern.compile("1\\.\\.(\\d+)");

    private TapRules() {
    }

    static void check(String tap) {
        List<String> lines = tap.lines().toList();
        assertEquals("TAP version 14", lines.get(0), "the version line comes first");
        stream(lines.subList(1, lines.size()), "");
    }

    /** One stream at {@code indent}: returns nothing, fails with the offending line. */
    private static void stream(List<String> lines, String indent) {
        Integer plan = null;
        int planAt = -1;
        int points = 0;
        int i = 0;
        while (i < lines.size()) {
            String raw = lines.get(i);
            assertTrue(raw.startsWith(indent), "line not indented by '" + indent + "': " + raw);
            String line = raw.substring(indent.length());
            Matcher p = PLAN.matcher(line);
            Matcher t = POINT.matcher(line);
            if (p.matches()) {
                assertEquals(null, plan, "a second plan: " + raw);
                plan = Integer.parseInt(p.group(1));
                planAt = points;
                i++;
            } else if (line.startsWith("# Subtest: ")) {
                List<String> child = new ArrayList<>();
                i++;
                while (i < lines.size() && lines.get(i).startsWith(indent + "    ")) {
                    child.add(lines.get(i));
                    i++;
                }
                assertTrue(!child.isEmpty(), "an empty subtest: " + raw);
                stream(child, indent + "    ");
                assertTrue(i < lines.size() && POINT.matcher(lines.get(i).substring(indent.length())).matches(),
                        "a subtest ends with its parent's test point: " + raw);
            } else if (t.matches()) {
                points++;
                assertEquals(points, Integer.parseInt(t.group(2)), "test points are numbered in order: " + raw);
                String description = t.group(3) == null ? "" : t.group(3);
                assertTrue(!description.replace("\\\\", "").replace("\\#", "").contains("#"),
                        "an unescaped # in a description: " + raw);
                i++;
                if (i < lines.size() && lines.get(i).equals(indent + "  ---")) {
                    i = yaml(lines, i, indent + "  ");
                }
            } else {
                fail("not a TAP line here: '" + raw + "'");
            }
        }
        assertTrue(plan != null, "a stream has a plan");
        assertTrue(planAt == 0 || planAt == points, "the plan comes before or after all test points");
        assertEquals(plan.intValue(), points, "the plan counts the test points");
    }

    /** The YAML block starting at {@code start}; returns the index after its end marker. */
    private static int yaml(List<String> lines, int start, String indent) {
        for (int i = start + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.equals(indent + "...")) {
                return i + 1;
            }
            assertTrue(l.startsWith(indent) && !l.substring(indent.length()).isBlank()
                    && !l.substring(indent.length()).startsWith(" ") || l.startsWith(indent + "  "),
                    "a YAML line keeps the block's indent: '" + l + "'");
        }
        fail("a YAML block without its ... end: " + lines.get(start));
        return lines.size();
    }
}
