package io.atflow.platform;

/** Secrets in human-facing output: the first four characters stay recognisable, the rest is hidden. */
public final class Masking {
    private Masking() {
    }

    public static String mask(String secret) {
        if (secret == null) {
            return "(none)";
        }
        return secret.length() <= 8 ? "****" : secret.substring(0, 4) + "****";
    }
}
