package io.atflow.sim.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares a logged line with the line the module said: exactly, except for {@link VolatileValues}. */
final class LineMatcher {
    private final VolatileValues volatiles;

    LineMatcher(VolatileValues volatiles) {
        this.volatiles = volatiles;
    }

    /**
     * @return empty when the lines differ; otherwise the volatile values that differ, logged value to seen value
     */
    Optional<Map<String, String>> match(String expected, String actual) {
        if (expected.equals(actual)) {
            return Optional.of(Map.of());
        }
        List<int[]> spans = volatiles.spans(expected);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            regex.append(Pattern.quote(expected.substring(at, s[0])));
            regex.append('(').append(VolatileValues.shape(expected.substring(s[0], s[1]))).append(')');
            at = s[1];
        }
        regex.append(Pattern.quote(expected.substring(at)));
        Matcher m = Pattern.compile(regex.toString()).matcher(actual);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            String logged = expected.substring(spans.get(i)[0], spans.get(i)[1]);
            if (!logged.equals(m.group(i + 1))) {
                seen.put(logged, m.group(i + 1));
            }
        }
        return Optional.of(seen);
    }
}
