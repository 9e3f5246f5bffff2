package io.atflow.aliyun.tsl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The {@code dataType} of a TSL property or parameter: {@code type} and its {@code specs} as the Aliyun console
 * exports them — {@code min}/{@code max}/{@code step}/{@code unit} for int, float and double, {@code length} for
 * text, the value-to-name map for enum and bool, {@code size} and {@code item} for array, the members for struct.
 * Absent specs are null (no limit).
 */
public record TslType(Kind kind, BigDecimal min, BigDecimal max, BigDecimal step, Integer length,
        Map<String, String> values, List<TslParam> members, Integer size, TslType item) {

    public enum Kind {
        INT("int"), FLOAT("float"), DOUBLE("double"), TEXT("text"), ENUM("enum"), BOOL("bool"), DATE("date"),
        STRUCT("struct"), ARRAY("array");

        public final String tslName;

        Kind(String tslName) {
            this.tslName = tslName;
        }

        public static Kind of(String name) {
            for (Kind k : values()) {
                if (k.tslName.equals(name)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The member of a struct named {@code identifier}, or null. */
    public TslParam member(String identifier) {
        return members == null ? null
                : members.stream().filter(m -> m.identifier().equals(identifier)).findFirst().orElse(null);
    }

    /** "int [-40, 120]", "enum {0: off, 1: on}", "text (at most 64 characters)", ... */
    public String describe() {
        return switch (kind) {
            case INT, FLOAT, DOUBLE -> kind.tslName + (min == null && max == null ? ""
                    : " [" + (min == null ? "" : min.toPlainString()) + ", " + (max == null ? "" : max.toPlainString())
                            + "]");
            case TEXT -> length == null ? "text" : "text (at most " + length + " characters)";
            case ENUM, BOOL -> kind.tslName + " " + values;
            case ARRAY -> "array of " + (item == null ? "?" : item.describe()) + (size == null ? ""
                    : " (at most " + size + " elements)");
            default -> kind.tslName;
        };
    }
}
