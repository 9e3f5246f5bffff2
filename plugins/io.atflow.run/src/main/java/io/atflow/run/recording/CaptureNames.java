package io.atflow.run.recording;

import java.util.Set;

/**
 * Script names for captures made from the catalog's field names: {@code client_idx} → {@code clientIdx}. Names are
 * camel case because captures become regex groups (letters and digits only); keywords get a {@code Value} suffix.
 */
final class CaptureNames {
    /** The keywords of the ATFlow grammar. */
    static final Set<String> KEYWORDS = Set.of("include", "profile", "timeout", "device", "product", "payload", "step",
            "retry", "send", "expect", "prompt", "ctrlz", "connect", "receive", "await", "within", "on", "var", "set",
            "if", "else", "fail", "log", "delay", "or", "and", "not", "matches", "true", "false");

    private CaptureNames() {
    }

    static String of(String field) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = b.length() > 0;
            }
        }
        if (b.isEmpty() || !Character.isLetter(b.charAt(0))) {
            b.insert(0, "value");
        }
        b.setCharAt(0, Character.toLowerCase(b.charAt(0)));
        String name = b.toString();
        return KEYWORDS.contains(name) ? name + "Value" : name;
    }
}
