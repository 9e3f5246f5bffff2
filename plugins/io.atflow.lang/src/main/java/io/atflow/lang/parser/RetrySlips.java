package io.atflow.lang.parser;

import static io.atflow.lang.parser.SlipContext.adjacent;
import static io.atflow.lang.parser.SlipContext.is;

import java.util.Optional;

import org.antlr.runtime.Token;


/**
 * A retry count written as a duration ({@code retry 3s}). The reverse, a duration without its unit, is read by the
 * grammar and reported by the validator ({@code DurationValidator}).
 */
final class RetrySlips implements Slip.Recogniser {

    @Override
    public Optional<Slip> find(SlipContext c) {
        Token value = c.token(0);
        Token keyword = c.token(-1);
        if (!is(keyword, "retry") || !c.isA(value, "RULE_DURATION") || !"RULE_INT".equals(c.expected())
                || adjacent(value, c.token(1))) {
            return Optional.empty();
        }
        String count = value.getText().replaceAll("[a-z]+$", "");
        return Slip.on(value, value.getText() + " after retry is a duration, but retry takes a number of attempts; "
                + "write retry " + count);
    }
}
