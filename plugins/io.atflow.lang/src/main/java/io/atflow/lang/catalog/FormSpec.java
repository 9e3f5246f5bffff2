package io.atflow.lang.catalog;

import java.util.List;
import java.util.Map;

import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.CommandForm;

/**
 * One form of a command. {@code responses} are information responses printed before the final result; {@code results}
 * are the URC prefixes that report the outcome later (e.g. +QMTOPEN); {@code repeatLast} is how many trailing
 * parameters may repeat; {@code variants} are sub-commands keyed by the quoted first argument; {@code resultWithin}
 * is how long the delayed result may take, {@code maxResponse} how long the final result may take (the manual's
 * "Maximum Response Time"), both as durations ({@code 150s}) or null; {@code dataCases} refine {@code data} by the
 * arguments written.
 */
public record FormSpec(CommandForm form, List<ParamSpec> params, int repeatLast, List<String> responses,
        List<String> results, DataMode data, Map<String, VariantSpec> variants, String resultWithin,
        String maxResponse, List<DataCase> dataCases) {

    public FormSpec {
        params = List.copyOf(params);
        responses = List.copyOf(responses);
        results = List.copyOf(results);
        variants = Map.copyOf(variants);
        dataCases = List.copyOf(dataCases);
    }

    /** What {@code cmd}, written in this form, exchanges after it is sent: the first matching case, else {@link #data}. */
    public DataMode dataFor(AtCommandText cmd) {
        return dataCases.stream().filter(c -> c.matches(cmd)).map(DataCase::data).findFirst().orElse(data);
    }

    public int minArgs() {
        return (int) params.stream().filter(p -> !p.optional()).count();
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
