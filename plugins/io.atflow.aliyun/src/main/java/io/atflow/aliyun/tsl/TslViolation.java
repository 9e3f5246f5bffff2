package io.atflow.aliyun.tsl;

import java.util.List;

/**
 * One way an Alink payload breaks the thing model or the Alink envelope. {@code code} is the reply code Aliyun
 * answers it with ({@link TslCodes}; 0 for what Aliyun accepts but the editor points out: a float written without a
 * decimal point). {@code path} leads from the payload's top-level object to the value ({@code params}, {@code Temp});
 * {@code suggestion} is the text that would be right when it is known (a did-you-mean identifier, {@code 23.0}).
 */
public record TslViolation(int code, Problem problem, List<String> path, String message, String suggestion) {

    /** What is wrong; NO_METHOD is an envelope without {@code method} (its suggestion is the topic's method). */
    public enum Problem {
        ENVELOPE, NO_METHOD, UNKNOWN_IDENTIFIER, WRONG_TYPE, OUT_OF_RANGE, NOT_IN_ENUM, TOO_LONG, NOT_IN_STRUCT,
        ARRAY_SIZE, TOO_MANY, FLOAT_WITHOUT_POINT
    }

    /** True when Aliyun refuses the payload for it; false for advice Aliyun does not enforce. */
    public boolean refused() {
        return code != 0;
    }

    /** The last key of the path: the identifier the violation is about. */
    public String key() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }
}
