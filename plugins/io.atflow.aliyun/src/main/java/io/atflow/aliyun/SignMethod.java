package io.atflow.aliyun;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The HMAC algorithms Aliyun IoT accepts in {@code signmethod=} and {@code signMethod=}. */
public enum SignMethod {
    HMACMD5("hmacmd5"),
    HMACSHA1("hmacsha1"),
    HMACSHA256("hmacsha256");

    private final String wireName;

    SignMethod(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling used on the wire, e.g. {@code hmacsha256}. */
    public String wireName() {
        return wireName;
    }

    /** Parses a wire name (case-insensitive); unknown names are rejected with the list of valid ones. */
    public static SignMethod parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (SignMethod m : values()) {
            if (m.wireName.equals(key)) {
                return m;
            }
        }
        throw new AliyunInputException("unknown sign method \"" + name + "\"; use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(SignMethod::wireName).collect(Collectors.joining(", "));
    }
}
