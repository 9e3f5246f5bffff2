package io.atflow.engine.transcript;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values of credential-bearing JSON keys ({@code "deviceSecret":"..."}, also with escaped quotes as a module quotes
 * a payload inside an AT line): found and masked by key, so a secret a platform issues is hidden the moment it is
 * received, before anyone knows its value. Immutable.
 */
public final class CredentialFields {
    /** No keys: nothing is masked by key. */
    public static final CredentialFields NONE = new CredentialFields(Set.of());

    private final Set<String> keys;
    private final Pattern field;
    private final Pattern open;
    private final Pattern opener;

    private CredentialFields(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        String key = "(\\\\?\"(" + String.join("|", new TreeSet<>(keys).stream().map(Pattern::quote).toList())
                + ")\\\\?\"\\s*:\\s*\\\\?\")";
        this.field = keys.isEmpty() ? null : Pattern.compile(key + "([^\"\\\\]+)(\\\\?\")");
        this.opener = keys.isEmpty() ? null : Pattern.compile(key);
        this.open = keys.isEmpty() ? null : Pattern.compile(key + "[^\"\\\\]*\\z");
    }

    public static CredentialFields of(Set<String> keys) {
        return keys.isEmpty() ? NONE : new CredentialFields(keys);
    }

    /**
     * Where the value of a credential field that {@code text} ends in starts ({@code ..."deviceSecret":"d2a0} cut
     * before its closing quote), or -1: a stream masks from there to the closing quote in the text that follows.
     */
    public int openValue(String text) {
        if (open == null || text == null || text.indexOf(':') < 0) {
            return -1;
        }
        Matcher m = open.matcher(text);
        return m.find() ? m.end(1) : -1;
    }

    /**
     * Where the unfinished start of a credential field at the end of {@code text} begins ({@code ..."deviceSe}), or
     * the text's length: a stream holds that tail back until it knows whether a value follows.
     */
    public int unfinishedFrom(String text) {
        if (opener == null) {
            return text.length();
        }
        for (int j = Math.max(0, text.length() - 64); j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '"' || c == '\\') {
                Matcher m = opener.matcher(text).region(j, text.length());
                if (!m.lookingAt() && m.hitEnd()) {
                    return j;
                }
            }
        }
        return text.length();
    }

    /** The index of the quote (or the backslash of an escaped quote) that ends a value continued in {@code text}. */
    static int valueEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"' || text.charAt(i) == '\\') {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} with the values of credential keys replaced by {@code ****}; each new value goes to {@code found}. */
    public String mask(String text, Consumer<String> found) {
        if (field == null || text == null || text.indexOf('"') < 0 || text.indexOf(':') < 0) {
            return text;
        }
        Matcher m = field.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        do {
            if (!m.group(3).equals(SecretMasker.MASK)) {
                found.accept(m.group(3));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + SecretMasker.MASK + m.group(4)));
        } while (m.find());
        m.appendTail(b);
        return b.toString();
    }
}
