package io.atflow.lang.catalog;

/** A final or intermediate result word such as OK, ERROR, CONNECT, or a word URC such as RDY. */
public record FinalResult(String name, String doc) {
}
