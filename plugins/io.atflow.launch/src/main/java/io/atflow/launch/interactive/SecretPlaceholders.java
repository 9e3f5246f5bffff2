package io.atflow.launch.interactive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${secret("name")}} in a command typed into the AT console: replaced by the secret's value when the command
 * is sent (the value is masked in everything shown), kept as written in the saved script. No other placeholder is
 * allowed there.
 */
public final class SecretPlaceholders {
    private static final Pattern SECRET = Pattern.compile("\\$\\{\\s*secret\\(\\s*\"([^\"\\r\\n]+)\"\\s*\\)\\s*\\}");

    private SecretPlaceholders() {
    }

    /**
     * @param text the command with its values, to send
     * @param secrets the values put in (to be masked)
     */
    public record Expanded(String text, List<String> secrets) {
        public Expanded {
            secrets = List.copyOf(secrets);
        }
    }

    /** True when {@code text} has no placeholder other than {@code ${secret("...")}}. */
    public static boolean onlySecrets(String text) {
        return !SECRET.matcher(text).replaceAll("").contains("${");
    }

    /**
     * Replaces every {@code ${secret("name")}}.
     *
     * @param resolve a secret's value by name, or empty
     * @param hint    where to put a secret that does not resolve, for the message
     * @throws IllegalArgumentException one sentence: another placeholder, or a secret that does not resolve
     */
    public static Expanded expand(String text, Function<String, Optional<String>> resolve, Function<String, String> hint) {
        if (!onlySecrets(text)) {
            throw new IllegalArgumentException("only ${secret(\"name\")} placeholders can be used in the AT console");
        }
        List<String> values = new ArrayList<>();
        Matcher m = SECRET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = resolve.apply(name).orElseThrow(() -> new IllegalArgumentException(
                    "secret(\"" + name + "\") does not resolve; " + hint.apply(name)));
            values.add(value);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new Expanded(out.toString(), values);
    }
}
