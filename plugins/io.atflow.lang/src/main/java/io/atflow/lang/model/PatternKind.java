package io.atflow.lang.model;

/** How a response/URC pattern is written. */
public enum PatternKind {
    /** {@code +NAME: body} or {@code +NAME}: a prefixed information response or URC. */
    PREFIXED,
    /** A result word such as {@code OK}, {@code ERROR}, {@code CONNECT}, {@code NO CARRIER}. */
    WORD,
    /** {@code /regex/} with named groups {@code (?<name>...)}. */
    REGEX
}
