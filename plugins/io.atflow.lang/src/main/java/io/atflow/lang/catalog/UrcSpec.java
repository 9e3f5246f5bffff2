package io.atflow.lang.catalog;

import java.util.List;
import java.util.Map;

/**
 * A prefixed line a module prints: an information response, a delayed result ({@code result}: the outcome of a
 * command, e.g. +QMTOPEN) or an unsolicited code ({@code unsolicited}: may come at any time, e.g. +QMTSTAT). {@code codes}
 * maps a field name to the meaning of its values.
 */
public record UrcSpec(String name, List<String> fields, Map<String, Map<String, String>> codes, boolean unsolicited,
        boolean result, String doc) {

    public UrcSpec {
        fields = List.copyOf(fields);
        codes = Map.copyOf(codes);
    }

    /** The meaning of {@code value} in field {@code field}, or null. */
    public String meaning(String field, String value) {
        Map<String, String> table = codes.get(field);
        return table == null ? null : table.get(value);
    }
}
