package io.atflow.sim.catalog;

import java.util.List;

import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.ParamSpec;
import io.atflow.sim.at.AtArg;

/**
 * Whether the arguments of a write command fit the catalog's parameters: their number, integers written without
 * quotes and within their range, enum values from their list, texts no longer than their limit. An omitted
 * argument (two commas) is accepted where the parameter is optional.
 */
final class ArgumentCheck {
    private ArgumentCheck() {
    }

    /** The arguments after a variant's key (or all of them) against {@code params}; repetition as the form says. */
    static boolean fits(List<ParamSpec> params, int repeatLast, List<AtArg> args) {
        long required = params.stream().filter(p -> !p.optional()).count();
        int max = repeatLast > 0 ? Integer.MAX_VALUE : params.size();
        if (args.size() < required || args.size() > max) {
            return false;
        }
        for (int i = 0; i < args.size(); i++) {
            ParamSpec p = param(params, repeatLast, i);
            AtArg a = args.get(i);
            if (a.omitted() ? !p.optional() : !fits(p, a)) {
                return false;
            }
        }
        return true;
    }

    static boolean fits(FormSpec form, List<AtArg> args) {
        return fits(form.params(), form.repeatLast(), args);
    }

    private static ParamSpec param(List<ParamSpec> params, int repeatLast, int index) {
        if (index < params.size()) {
            return params.get(index);
        }
        int start = params.size() - repeatLast;
        return params.get(start + (index - start) % repeatLast);
    }

    private static boolean fits(ParamSpec p, AtArg a) {
        return switch (p.type()) {
            case INT -> !a.quoted() && integerInRange(p, a.text());
            case ENUM -> a.quoted() == p.quoted() && p.values().contains(a.text());
            case STRING -> p.maxLength() == null || a.text().length() <= p.maxLength();
        };
    }

    private static boolean integerInRange(ParamSpec p, String text) {
        if (!text.matches("-?[0-9]{1,18}")) {
            return false;
        }
        long n = Long.parseLong(text);
        return (p.min() == null || n >= p.min()) && (p.max() == null || n <= p.max());
    }
}
