package io.atflow.lang.parser;

import static io.atflow.lang.parser.SlipContext.adjacent;
import static io.atflow.lang.parser.SlipContext.end;
import static io.atflow.lang.parser.SlipContext.is;
import static io.atflow.lang.parser.SlipContext.start;

import java.util.Optional;

import org.antlr.runtime.Token;


/**
 * Variables written as in other languages: {@code x = 6} without {@code set}, {@code let x = 5} instead of
 * {@code var}, and {@code var x := 5}, {@code var x == 5} or {@code set x 5} instead of {@code =}.
 */
final class VariableSlips implements Slip.Recogniser {

    @Override
    public Optional<Slip> find(SlipContext c) {
        Token t = c.token(0);
        if (t == null) {
            return Optional.empty();
        }
        Token name = c.token(-1);
        Token keyword = c.token(-2);
        if ((is(keyword, "var") || is(keyword, "set")) && c.isA(name, "RULE_ID") && c.sameLine(name, t)
                && !is(t, "=")) {
            return operator(c, keyword.getText() + " " + name.getText());
        }
        boolean statementStart = name == null || !c.sameLine(name, t) || is(name, "{") || is(name, "}");
        if (!c.isA(t, "RULE_ID") || !statementStart) {
            return Optional.empty();
        }
        Token next = c.token(1);
        if (is(next, "=") && c.sameLine(t, next)) {
            String value = c.phrase(end(next));
            return Slip.on(t, t.getText() + " = " + value + " is not a statement: a variable is changed with set and "
                    + "declared with var; write set " + t.getText() + " = " + value + " (or var " + t.getText() + " = "
                    + value + " for a new one)");
        }
        Token after = c.token(2);
        if (c.isA(next, "RULE_ID") && is(after, "=") && c.sameLine(t, after)) {
            String value = c.phrase(end(after));
            return Slip.on(t, t.getText() + " " + next.getText() + " = " + value + " is not a statement: variables "
                    + "are declared with var; write var " + next.getText() + " = " + value);
        }
        return Optional.empty();
    }

    /** {@code var x := 5}, {@code var x == 5}, {@code var x 5}: anything but {@code =} after the name. */
    private static Optional<Slip> operator(SlipContext c, String declared) {
        Token t = c.token(0);
        Token next = c.token(1);
        String op;
        int valueStart;
        if (is(t, ":") && is(next, "=") && adjacent(t, next)) {
            op = ":=";
            valueStart = end(next);
        } else if (is(t, "==") || is(t, ":")) {
            op = t.getText();
            valueStart = end(t);
        } else if (startsValue(c, t)) {
            String value = c.phrase(start(t));
            return Slip.on(t, declared + " " + value + " lacks its =: a variable gets its value with =; write "
                    + declared + " = " + value);
        } else {
            return Optional.empty();
        }
        String value = c.phrase(valueStart);
        return Slip.at(start(t), valueStart - start(t), "found " + op + " after " + declared + " where = is expected; "
                + "write " + declared + " = " + (value.isEmpty() ? "<value>" : value));
    }

    private static boolean startsValue(SlipContext c, Token t) {
        return c.isA(t, "RULE_STRING") || c.isA(t, "RULE_INT") || c.isA(t, "RULE_ID") || c.isA(t, "RULE_TEXT_BLOCK")
                || is(t, "(") || is(t, "-") || is(t, "true") || is(t, "false") || is(t, "not");
    }
}
