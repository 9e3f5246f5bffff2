package io.atflow.aliyun;

import java.util.regex.Pattern;

/** Checks of the values that go into client ids, user names and signed content. */
public final class Values {
    /** Aliyun's documented DeviceName rule. */
    private static final Pattern DEVICE_NAME = Pattern.compile("[A-Za-z0-9_@.:\\-]{4,32}");
    public static final int MAX_CLIENT_ID = 64;

    private Values() {
    }

    /** A value that is framed inside {@code id|k=v,k=v|}: not empty, no framing or quoting characters. */
    public static String framed(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new AliyunInputException(what + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String bad = switch (c) {
                case '|' -> "'|'";
                case ',' -> "','";
                case '"' -> "a double quote";
                default -> Character.isISOControl(c) ? "a control character" : null;
            };
            if (bad != null) {
                throw new AliyunInputException(what + " \"" + printable(value) + "\" contains " + bad
                        + ", which breaks the client-id framing");
            }
        }
        return value;
    }

    public static String productKey(String value) {
        framed("product key", value);
        if (value.indexOf('&') >= 0 || value.indexOf('=') >= 0) {
            throw new AliyunInputException("product key \"" + value + "\" must not contain '&' or '='");
        }
        return value;
    }

    public static String deviceName(String value) {
        framed("device name", value);
        if (!DEVICE_NAME.matcher(value).matches()) {
            throw new AliyunInputException("device name \"" + printable(value)
                    + "\" must be 4 to 32 characters of letters, digits and - _ @ . :");
        }
        return value;
    }

    public static String clientId(String value) {
        framed("client id", value);
        if (value.length() > MAX_CLIENT_ID) {
            throw new AliyunInputException("client id is " + value.length() + " characters; Aliyun allows at most "
                    + MAX_CLIENT_ID);
        }
        return value;
    }

    public static String secret(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new AliyunInputException(what + " must not be empty");
        }
        return value;
    }

    public static String timestamp(String value) {
        if (value == null || !value.matches("[0-9]{1,19}")) {
            throw new AliyunInputException("timestamp \"" + value + "\" must be milliseconds since 1970 (digits only)");
        }
        return value;
    }

    static String printable(String value) {
        StringBuilder b = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
