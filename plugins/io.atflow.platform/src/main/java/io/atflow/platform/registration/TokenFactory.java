package io.atflow.platform.registration;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New secrets in the shapes Aliyun uses: 32-hex DeviceSecrets, registration-free client ids such as
 * {@code KzLKNeWyE7SxiWLuPpoZ000100} and DeviceTokens such as {@code ^1^1681709523062^c5cce0a49b03685} (issue time in
 * milliseconds, then random hex).
 */
public final class TokenFactory {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern TOKEN = Pattern.compile("\\^1\\^([0-9]{1,19})\\^[0-9a-f]+");

    private final SecureRandom random = new SecureRandom();

    public String deviceSecret() {
        return hex(32);
    }

    public String clientId() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return b.append("000100").toString();
    }

    public String deviceToken(Instant issued) {
        return "^1^" + issued.toEpochMilli() + "^" + hex(15);
    }

    /** The issue time inside a token this factory made, or empty for any other string. */
    public static Optional<Instant> issuedAt(String token) {
        Matcher m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(m.group(1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code token} is older than {@code lifetime} at {@code now}; tokens of unknown shape are expired. */
    public static boolean expired(String token, Instant now, Duration lifetime) {
        return issuedAt(token).map(t -> t.plus(lifetime).isBefore(now)).orElse(true);
    }

    private String hex(int digits) {
        byte[] bytes = new byte[(digits + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, digits);
    }
}
