package io.atflow.lang.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Delay;
import io.atflow.lang.atFlow.ScriptTimeout;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Step;

/**
 * Durations written without their unit ({@code within 75}) or as a fraction ({@code within 1.5s}): the grammar reads
 * them where a duration belongs so that this check can name the keyword and what to write, instead of a parser error
 * that ends the block.
 */
public class DurationValidator extends AtFlowCheckBase {
    private static final Pattern FRACTION = Pattern.compile("([0-9]+)\\.([0-9]+)(ms|s|m|h)?");
    /** Units from the largest down, and how many of the next smaller one make one. */
    private static final List<String> UNITS = List.of("h", "m", "s", "ms");
    private static final int[] NEXT = { 60, 60, 1000 };

    @Check
    public void script(ScriptTimeout t) {
        check(t, Literals.SCRIPT_TIMEOUT__DURATION, t.getDuration(), "timeout");
    }

    @Check
    public void step(Step s) {
        check(s, Literals.STEP__TIMEOUT, s.getTimeout(), "timeout");
    }

    @Check
    public void send(Send s) {
        check(s, Literals.SEND__TIMEOUT, s.getTimeout(), "timeout");
    }

    @Check
    public void await(Await a) {
        check(a, Literals.AWAIT__TIMEOUT, a.getTimeout(), "within");
    }

    @Check
    public void delay(Delay d) {
        check(d, Literals.DELAY__DURATION, d.getDuration(), "delay");
    }

    private void check(EObject o, EStructuralFeature feature, String value, String keyword) {
        if (value == null) {
            return;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            error(value + " after " + keyword + " lacks its unit: a duration is a number followed by ms, s, m or h; "
                    + "write " + keyword + " " + value + "s for seconds", o, feature, IssueCodes.DURATION_UNIT, value);
            return;
        }
        Matcher m = FRACTION.matcher(value);
        if (m.matches()) {
            String whole = whole(new BigDecimal(m.group(1) + "." + m.group(2)), m.group(3) == null ? "s" : m.group(3));
            error(value + " after " + keyword + " is not a whole number: a duration is a whole number followed by ms, "
                    + "s, m or h; write " + keyword + " " + whole, o, feature, IssueCodes.DURATION_UNIT, value);
        }
    }

    /** {@code amount} of {@code unit} in the largest unit that makes it whole: 1.5 s is 1500ms, 0.5 m is 30s. */
    static String whole(BigDecimal amount, String unit) {
        BigDecimal v = amount;
        int i = UNITS.indexOf(unit);
        while (v.stripTrailingZeros().scale() > 0 && i < UNITS.size() - 1) {
            v = v.multiply(BigDecimal.valueOf(NEXT[i]));
            i++;
        }
        return v.setScale(0, RoundingMode.HALF_UP).toPlainString() + UNITS.get(i);
    }
}
