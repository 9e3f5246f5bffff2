package io.atflow.lang.catalog;

import java.util.Set;

/**
 * A final or intermediate result word such as OK, ERROR, CONNECT, or a word URC such as RDY. {@code ends} names the
 * commands whose write form this word ends ({@code SEND OK} ends {@code +QISEND}); for other commands it is a late
 * answer. Empty for words that end any command.
 */
public record FinalResult(String name, String doc, Set<String> ends) {
    public FinalResult {
        ends = Set.copyOf(ends);
    }
}
