package io.atflow.engine.at;

import java.util.Set;

/**
 * What the engine needs to know about commands and cannot know by itself; the AT catalog of {@code io.atflow.lang}
 * provides it. Names are upper case with their prefix ({@code +QMTOPEN}).
 */
public interface CommandFacts {
    /** Nothing known: every {@code +NAME:} line of a command is its response, only prompt data ends with SEND OK. */
    CommandFacts NONE = of(Set.of(), Set.of());

    /**
     * True when the write and execute forms of {@code name} report their outcome after {@code OK} with a
     * {@code name: ...} line (a delayed result: {@code AT+QMTOPEN=...} → {@code OK}, later {@code +QMTOPEN: 0,0}).
     */
    boolean answersLate(String name);

    /** True when the write form of {@code name} ends with {@code SEND OK} or {@code SEND FAIL} ({@code +QISENDEX}). */
    boolean endsWithSendResult(String name);

    /** Facts given as two sets of names. */
    static CommandFacts of(Set<String> late, Set<String> sendResult) {
        Set<String> l = Set.copyOf(late);
        Set<String> s = Set.copyOf(sendResult);
        return new CommandFacts() {
            @Override
            public boolean answersLate(String name) {
                return l.contains(name);
            }

            @Override
            public boolean endsWithSendResult(String name) {
                return s.contains(name);
            }
        };
    }
}
