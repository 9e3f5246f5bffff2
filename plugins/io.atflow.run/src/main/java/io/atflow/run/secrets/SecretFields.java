package io.atflow.run.secrets;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.atflow.engine.transcript.SecretMasker;

/**
 * Credentials a platform sends at run time, recognised by their JSON key ({@code "deviceSecret":"..."} in a
 * registration reply, {@code deviceToken}, {@code productSecret}, {@code password}): {@link #mask} hides their values
 * in a line and reports each value, so it is masked everywhere from then on.
 */
public final class SecretFields {
    /** JSON keys whose values are credentials. */
    public static final Set<String> KEYS = Set.of("deviceSecret", "deviceToken", "productSecret", "password");
    private static final Pattern FIELD = Pattern.compile("(\\\\?\"(" + String.join("|", KEYS)
            + ")\\\\?\"\\s*:\\s*\\\\?\")([^\"\\\\]+)(\\\\?\")");

    private SecretFields() {
    }

    public static boolean isSecretKey(String key) {
        return KEYS.contains(key);
    }

    /** {@code line} with the values of credential keys replaced by {@code ****}; each value goes to {@code found}. */
    public static String mask(String line, Consumer<String> found) {
        if (line == null || line.indexOf(':') < 0) {
            return line;
        }
        Matcher m = FIELD.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder b = new StringBuilder();
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
