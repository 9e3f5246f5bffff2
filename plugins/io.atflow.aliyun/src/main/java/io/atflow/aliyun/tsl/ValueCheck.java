package io.atflow.aliyun.tsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import io.atflow.aliyun.tsl.TslViolation.Problem;

/** Checks one value against its {@link TslType}, recursing into structs and arrays. */
final class ValueCheck {
    private final BiFunction<String, Collection<String>, List<String>> didYouMean;
    private final List<TslViolation> out;

    ValueCheck(BiFunction<String, Collection<String>, List<String>> didYouMean, List<TslViolation> out) {
        this.didYouMean = didYouMean;
        this.out = out;
    }

    void check(TslParam param, JsonElement value, List<String> path) {
        TslType t = param.type();
        String who = String.join(".", path.subList(1, path.size()));
        switch (t.kind()) {
            case INT, ENUM, BOOL -> integer(param, value, path, who);
            case FLOAT, DOUBLE -> decimal(param, value, path, who);
            case TEXT -> text(t, value, path, who);
            case DATE -> date(value, path, who);
            case STRUCT -> struct(t, value, path, who);
            case ARRAY -> array(param, value, path, who);
        }
    }

    private void integer(TslParam p, JsonElement v, List<String> path, String who) {
        TslType t = p.type();
        BigDecimal n = number(v);
        if (n == null || n.stripTrailingZeros().scale() > 0) {
            add(TslCodes.INT_INVALID, Problem.WRONG_TYPE, path, who + " is " + t.kind().tslName + " in the thing model"
                    + (t.kind() == TslType.Kind.INT ? "" : " (an integer, one of " + t.values().keySet() + ")")
                    + ", not " + v, null);
        } else if (t.kind() != TslType.Kind.INT) {
            if (!t.values().containsKey(n.toBigInteger().toString())) {
                add(TslCodes.INT_INVALID, Problem.NOT_IN_ENUM, path, who + " = " + v + " is not one of the values "
                        + t.describe() + " the thing model defines", null);
            }
        } else {
            range(t, n, TslCodes.INT_INVALID, path, who, v);
        }
    }

    private void decimal(TslParam p, JsonElement v, List<String> path, String who) {
        TslType t = p.type();
        int code = t.kind() == TslType.Kind.FLOAT ? TslCodes.FLOAT_INVALID : TslCodes.DOUBLE_INVALID;
        BigDecimal n = number(v);
        if (n == null) {
            add(code, Problem.WRONG_TYPE, path, who + " is " + t.kind().tslName + " in the thing model, not " + v,
                    null);
            return;
        }
        if (range(t, n, code, path, who, v)) {
            String text = v.getAsJsonPrimitive().getAsNumber().toString();
            if (!text.contains(".") && !text.contains("e") && !text.contains("E")) {
                add(0, Problem.FLOAT_WITHOUT_POINT, path, who + " is " + t.kind().tslName + " in the thing model;"
                        + " write " + text + ".0 so that the value is a " + t.kind().tslName + " and not an int", text
                                + ".0");
            }
        }
    }

    private boolean range(TslType t, BigDecimal n, int code, List<String> path, String who, JsonElement v) {
        if ((t.min() != null && n.compareTo(t.min()) < 0) || (t.max() != null && n.compareTo(t.max()) > 0)) {
            add(code, Problem.OUT_OF_RANGE, path, who + " = " + v + " is outside " + t.describe()
                    + " of the thing model", null);
            return false;
        }
        return true;
    }

    private void text(TslType t, JsonElement v, List<String> path, String who) {
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            add(TslCodes.TEXT_INVALID, Problem.WRONG_TYPE, path, who + " is text in the thing model: write it in"
                    + " quotes, not " + v, v.isJsonPrimitive() ? "\"" + v.getAsString() + "\"" : null);
        } else if (t.length() != null && v.getAsString().length() > t.length()) {
            add(TslCodes.TEXT_INVALID, Problem.TOO_LONG, path, who + " has " + v.getAsString().length()
                    + " characters; the thing model allows at most " + t.length(), null);
        }
    }

    private void date(JsonElement v, List<String> path, String who) {
        String s = v.isJsonPrimitive() ? v.getAsString() : "";
        if (!s.matches("\\d{1,13}")) {
            add(TslCodes.REQUEST_PARAMETER_ERROR, Problem.WRONG_TYPE, path, who + " is a date in the thing model: a"
                    + " UTC timestamp in milliseconds as a string, e.g. \"1681363292898\", not " + v, null);
        }
    }

    private void struct(TslType t, JsonElement v, List<String> path, String who) {
        if (!v.isJsonObject()) {
            add(TslCodes.REQUEST_PARAMETER_ERROR, Problem.WRONG_TYPE, path, who + " is a struct in the thing model"
                    + " (members " + t.members().stream().map(TslParam::identifier).toList() + "), not " + v, null);
            return;
        }
        for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
            List<String> sub = append(path, e.getKey());
            TslParam m = t.member(e.getKey());
            if (m == null) {
                List<String> s = didYouMean.apply(e.getKey(), t.members().stream().map(TslParam::identifier).toList());
                add(TslCodes.NOT_IN_STRUCT, Problem.NOT_IN_STRUCT, sub, "the struct " + who + " has no member "
                        + e.getKey() + (s.isEmpty() ? "" : "; did you mean " + s.get(0) + "?"),
                        s.isEmpty() ? null : s.get(0));
            } else {
                check(m, e.getValue(), sub);
            }
        }
    }

    private void array(TslParam p, JsonElement v, List<String> path, String who) {
        TslType t = p.type();
        if (!v.isJsonArray()) {
            add(TslCodes.NOT_ARRAY, Problem.WRONG_TYPE, path, who + " is an " + t.describe()
                    + " in the thing model, not " + v, null);
            return;
        }
        if (t.size() != null && v.getAsJsonArray().size() > t.size()) {
            add(TslCodes.ARRAY_SIZE, Problem.ARRAY_SIZE, path, who + " has " + v.getAsJsonArray().size()
                    + " elements; the thing model allows at most " + t.size(), null);
        }
        for (int i = 0; i < v.getAsJsonArray().size(); i++) {
            check(new TslParam(p.identifier() + "[" + i + "]", p.name(), t.item()), v.getAsJsonArray().get(i),
                    append(path, Integer.toString(i)));
        }
    }

    private static BigDecimal number(JsonElement v) {
        if (v == null || !v.isJsonPrimitive() || !((JsonPrimitive) v).isNumber()) {
            return null;
        }
        try {
            return new BigDecimal(v.getAsJsonPrimitive().getAsNumber().toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<String> append(List<String> path, String key) {
        List<String> p = new ArrayList<>(path);
        p.add(key);
        return List.copyOf(p);
    }

    private void add(int code, Problem problem, List<String> path, String message, String suggestion) {
        out.add(new TslViolation(code, problem, path, message, suggestion));
    }
}
