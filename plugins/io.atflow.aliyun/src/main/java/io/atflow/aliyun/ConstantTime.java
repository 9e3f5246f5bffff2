package io.atflow.aliyun;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.bouncycastle.util.Arrays;

/** Comparison of secrets whose running time does not depend on where the inputs differ. */
public final class ConstantTime {
    private ConstantTime() {
    }

    /** Compares two hex signatures, ignoring letter case; {@code null} never matches. */
    public static boolean hexEquals(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return equals(expected.toLowerCase(Locale.ROOT), actual.toLowerCase(Locale.ROOT));
    }

    /** Compares two strings byte for byte; {@code null} never matches. */
    public static boolean equals(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return Arrays.constantTimeAreEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
