package io.atflow.sim.fault;

import java.time.Duration;
import java.util.Locale;

/**
 * One fault as the CLI writes it: {@code <kind>[=<value>][@<when>]}, e.g. {@code drop-link@5s},
 * {@code drop-link=1@2m}, {@code reboot@30s}, {@code noise=0.2}, {@code slow=50ms}, {@code chunk=3},
 * {@code deregister=10s@20s}. {@code when} is measured from the module's start; without it the fault applies
 * at once. Durations are {@code <n>ms}, {@code <n>s}, {@code <n>m} or plain seconds.
 */
public record FaultSpec(FaultKind kind, String value, Duration at) {

    public static FaultSpec parse(String text) {
        String t = text.trim();
        Duration at = null;
        int atSign = t.indexOf('@');
        if (atSign >= 0) {
            at = duration(t.substring(atSign + 1), "time of fault \"" + text + "\"");
            t = t.substring(0, atSign);
        }
        String value = null;
        int eq = t.indexOf('=');
        if (eq >= 0) {
            value = t.substring(eq + 1);
            t = t.substring(0, eq);
        }
        FaultKind kind = FaultKind.parse(t.trim().toLowerCase(Locale.ROOT));
        FaultSpec spec = new FaultSpec(kind, value, at);
        spec.validate(text);
        return spec;
    }

    private void validate(String text) {
        switch (kind) {
            case DROP_LINK -> {
                if (value != null && !value.matches("[0-5]")) {
                    throw new IllegalArgumentException("fault \"" + text + "\": the client index must be 0..5");
                }
            }
            case REBOOT -> {
                if (value != null) {
                    throw new IllegalArgumentException("fault \"" + text + "\": reboot takes no value");
                }
            }
            case NOISE -> probability(text);
            case SLOW -> pause(text);
            case CHUNK -> chunkSize(text);
            case DEREGISTER -> {
                if (value != null) {
                    duration(value, "duration of fault \"" + text + "\"");
                }
            }
        }
    }

    double probability(String text) {
        if (value == null) {
            return 0.3;
        }
        try {
            double p = Double.parseDouble(value);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("fault \"" + text + "\": the noise probability must be a number 0..1");
    }

    Duration pause(String text) {
        if (value == null) {
            throw new IllegalArgumentException("fault \"" + text + "\" needs a pause, e.g. slow=20ms");
        }
        return duration(value, "pause of fault \"" + text + "\"");
    }

    int chunkSize(String text) {
        if (value == null || !value.matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException("fault \"" + text + "\" needs a chunk size in bytes, e.g. chunk=3");
        }
        return Integer.parseInt(value);
    }

    /** Parses {@code 500ms}, {@code 5s}, {@code 2m} or plain seconds; {@code what} names it in the error. */
    public static Duration duration(String text, String what) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a duration such as 500ms, 5s or 2m, not \""
                    + text + "\"");
        }
    }
}
