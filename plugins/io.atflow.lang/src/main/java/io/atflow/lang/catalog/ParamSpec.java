package io.atflow.lang.catalog;

import java.util.List;

/**
 * One parameter of a command form. {@code min}/{@code max} bound INT values (null = unbounded); {@code values} lists
 * the ENUM values; {@code quoted} says whether the module expects double quotes; {@code uncertain} marks a range that
 * could not be checked against a manual (violations are warnings); {@code secret} marks a credential.
 */
public record ParamSpec(String name, ParamType type, boolean quoted, Long min, Long max, List<String> values,
        Integer maxLength, boolean optional, boolean secret, boolean uncertain, String doc) {

    public ParamSpec {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** {@code <name>} as in the manuals, with the range or values. */
    public String describe() {
        StringBuilder b = new StringBuilder("<").append(name).append('>');
        if (type == ParamType.ENUM) {
            b.append(" one of ").append(String.join(", ", values));
        } else if (min != null || max != null) {
            b.append(' ').append(min == null ? "..." : min).append("..").append(max == null ? "" : max);
        }
        if (doc != null) {
            b.append(" (").append(doc).append(')');
        }
        return b.toString();
    }
}
