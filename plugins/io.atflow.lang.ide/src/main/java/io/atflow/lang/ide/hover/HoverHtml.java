package io.atflow.lang.ide.hover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown of {@link CommandDocs} and {@link HoverText} as simple HTML for editors whose hovers render HTML
 * ({@code <b>}, {@code <i>}, {@code <code>}, {@code <pre>}, {@code <ul><li>}, {@code <p>}). Text is escaped.
 */
public final class HoverHtml {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ITALIC = Pattern.compile("(?<![A-Za-z0-9])_(.+?)_(?![A-Za-z0-9])");

    private HoverHtml() {
    }

    public static String of(String markdown) {
        StringBuilder b = new StringBuilder();
        boolean pre = false;
        boolean list = false;
        boolean paragraph = false;
        boolean afterText = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (list) {
                    b.append("</ul>");
                    list = false;
                }
                b.append(pre ? "</pre>" : "<pre>");
                pre = !pre;
                afterText = false;
                continue;
            }
            if (pre) {
                b.append(escape(line)).append('\n');
                continue;
            }
            String t = line.strip();
            if (t.startsWith("- ")) {
                if (!list) {
                    b.append("<ul>");
                    list = true;
                }
                b.append("<li>").append(inline(t.substring(2))).append("</li>");
                afterText = false;
                continue;
            }
            if (list) {
                b.append("</ul>");
                list = false;
            }
            if (t.isEmpty() || t.equals("---")) {
                paragraph = b.length() > 0;
                afterText = false;
                continue;
            }
            if (paragraph) {
                b.append("<p>");
                paragraph = false;
            } else if (afterText) {
                b.append("<br>");
            }
            b.append(inline(t));
            afterText = true;
        }
        if (list) {
            b.append("</ul>");
        }
        if (pre) {
            b.append("</pre>");
        }
        return b.toString();
    }

    private static String inline(String text) {
        String s = escape(text);
        s = replace(CODE, s, "<code>", "</code>");
        s = replace(BOLD, s, "<b>", "</b>");
        return replace(ITALIC, s, "<i>", "</i>");
    }

    private static String replace(Pattern p, String s, String open, String close) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(open + m.group(1) + close));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** {@code s} as HTML text: {@code &}, {@code <} and {@code >} escaped. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
