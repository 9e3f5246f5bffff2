package io.atflow.lang.ide.highlighting;

import io.atflow.lang.parser.antlr.internal.InternalAtFlowLexer;

/** One token of the language's lexer at a document offset, with the partition it belongs to. */
public record RawToken(int offset, int length, int type) {

    /** The partitions of a script: code, comments and strings (the only tokens that can span lines). */
    public enum Kind {
        CODE, COMMENT, STRING
    }

    public Kind kind() {
        return switch (type) {
            case InternalAtFlowLexer.RULE_ML_COMMENT, InternalAtFlowLexer.RULE_SL_COMMENT -> Kind.COMMENT;
            case InternalAtFlowLexer.RULE_STRING, InternalAtFlowLexer.RULE_TEXT_BLOCK -> Kind.STRING;
            default -> Kind.CODE;
        };
    }

    public int end() {
        return offset + length;
    }
}
