package io.atflow.run.debug;

import java.util.List;

/**
 * A name and its value as text (masked), with children for structured values (an identity's fields, the backlog's
 * URCs, a client's subscriptions).
 *
 * @param type e.g. {@code string}, {@code number}, {@code device}, {@code urc}, or null
 */
public record DebugVariable(String name, String value, String type, List<DebugVariable> children) {
    public DebugVariable {
        children = List.copyOf(children);
    }

    public static DebugVariable leaf(String name, String value, String type) {
        return new DebugVariable(name, value, type, List.of());
    }
}
