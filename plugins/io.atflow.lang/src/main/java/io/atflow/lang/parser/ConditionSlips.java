package io.atflow.lang.parser;

import static io.atflow.lang.parser.SlipContext.end;
import static io.atflow.lang.parser.SlipContext.is;
import static io.atflow.lang.parser.SlipContext.start;

import java.util.Optional;

import org.antlr.runtime.Token;

/** {@code if x = 5}: an assignment's {@code =} where a condition compares with {@code ==}. */
final class ConditionSlips implements Slip.Recogniser {
    /** How far back on the line the {@code if} is looked for. */
    private static final int REACH = 40;

    @Override
    public Optional<Slip> find(SlipContext c) {
        Token t = c.token(0);
        int eqAt = is(t, "=") ? 0 : 1;
        Token eq = c.token(eqAt);
        if (t == null || !is(eq, "=") || !c.sameLine(t, eq)) {
            return Optional.empty();
        }
        for (int k = eqAt - 1; k > eqAt - REACH; k--) {
            Token before = c.token(k);
            if (before == null || !c.sameLine(before, eq) || is(before, "{") || is(before, "}")) {
                return Optional.empty();
            }
            if (is(before, "if")) {
                int from = start(c.token(k + 1));
                String condition = c.phrase(from);
                int at = start(eq) - from;
                if (at < 0 || at >= condition.length()) {
                    return Optional.empty();
                }
                String fixed = condition.substring(0, at) + "==" + condition.substring(at + 1);
                return Slip.at(start(t), end(eq) - start(t), "found = in the condition of if where a comparison is "
                        + "expected (= gives a variable its value, == compares); write if " + fixed);
            }
        }
        return Optional.empty();
    }
}
