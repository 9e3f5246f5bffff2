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

    private CredentialFields(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        this.field = keys.isEmpty() ? null
                : Pattern.compile("(\\\\?\"(" + String.join("|", new TreeSet<>(keys).stream().map(Pattern::quote)
                        .toList()) + ")\\\\?\"\\s*:\\s*\\\\?\")([^\"\\\\]+)(\\\\?\")");
    }

    public static CredentialFields of(Set<String> keys) {
        return keys.isEmpty() ? NONE : new CredentialFields(keys);
    }

    public boolean isKey(String key) {
        return keys.contains(key);
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
