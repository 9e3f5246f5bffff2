package io.atflow.lang.parser;

import static io.atflow.lang.parser.SlipContext.end;
import static io.atflow.lang.parser.SlipContext.start;

import java.util.Optional;

import org.antlr.runtime.Token;

import io.atflow.lang.catalog.AtCatalog;

/**
 * A blank inside an AT command ({@code send AT+QMTOPEN =0,"host",1883}, {@code send AT +CSQ}): the command token ends
 * at the blank and the rest cannot follow it.
 */
final class CommandSlips implements Slip.Recogniser {

    @Override
    public Optional<Slip> find(SlipContext c) {
        Token command = c.token(-1);
        Token rest = c.token(0);
        int blanks = c.blanksBetween(command, rest);
        if (!c.isA(command, "RULE_AT_COMMAND") || blanks < 1 || !continues(c, rest)) {
            return Optional.empty();
        }
        String after = c.phrase(start(rest));
        return Slip.at(end(command), blanks, "a blank cuts the AT command " + command.getText() + " before " + after
                + ": an AT command is written without blanks outside quotes; write " + command.getText()
                + withoutBlanks(after));
    }

    /** Whether {@code t} reads as more of a command: not a word of the script, a brace or a result word. */
    private static boolean continues(SlipContext c, Token t) {
        String text = t.getText();
        char first = text.charAt(0);
        if (Character.isLowerCase(first) || first == '{' || first == '}') {
            return false;
        }
        return !c.isA(t, "RULE_CODE_WORD") || AtCatalog.standard().result(text).isEmpty();
    }

    private static String withoutBlanks(String text) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char ch : text.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (quoted || (ch != ' ' && ch != '\t')) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
