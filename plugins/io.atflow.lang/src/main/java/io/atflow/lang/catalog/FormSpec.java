package io.atflow.lang.catalog;

import java.util.List;
import java.util.Map;

import io.atflow.lang.model.CommandForm;

/**
 * One form of a command. {@code responses} are information responses printed before the final result; {@code results}
 * are the URC prefixes that report the outcome later (e.g. +QMTOPEN); {@code repeatLast} is how many trailing
 * parameters may repeat; {@code variants} are sub-commands keyed by the quoted first argument.
 */
public record FormSpec(CommandForm form, List<ParamSpec> params, int repeatLast, List<String> responses,
        List<String> results, DataMode data, Map<String, VariantSpec> variants, String resultWithin) {

    public FormSpec {
        params = List.copyOf(params);
        responses = List.copyOf(responses);
        results = List.copyOf(results);
        variants = Map.copyOf(variants);
    }

    public int minArgs() {
        return (int) params.stream().filter(p -> !p.optional()).count();
    }

    /** The most arguments this form accepts, or {@link Integer#MAX_VALUE} when trailing parameters repeat. */
    public int maxArgs() {
        return repeatLast > 0 ? Integer.MAX_VALUE : params.size();
    }

    /** The parameter for argument {@code index}, following repetition; null beyond the last. */
    public ParamSpec param(int index) {
        if (index < params.size()) {
            return params.get(index);
        }
        if (repeatLast == 0 || params.isEmpty()) {
            return null;
        }
        int start = params.size() - repeatLast;
        return params.get(start + (index - start) % repeatLast);
    }
}
