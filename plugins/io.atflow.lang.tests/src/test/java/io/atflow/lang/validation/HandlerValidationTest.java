package io.atflow.lang.validation;

import static io.atflow.lang.validation.IssueAssert.first;
import static io.atflow.lang.validation.IssueAssert.lacks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.atflow.lang.load.Diagnostic;

/** A handler below steps does not guard them; the warning says so and where to put it. */
class HandlerValidationTest {
    static final String STEP = "step \"s\" {\n  send AT\n}\n";
    static final String HANDLER = "on +QMTSTAT: 0,{err} fail \"link lost ${err}\"\n";

    @Test
    void aHandlerBelowStepsIsAWarningAtItsPattern() {
        Diagnostic d = first(STEP + STEP + HANDLER, IssueCodes.HANDLER_AFTER_STEPS);
        assertEquals("warning", d.severity().label());
        assertEquals(7, d.line());
        assertEquals(4, d.column());
        assertEquals("this handler is active only from here on: the 2 steps above run without it; move it above the"
                + " first step to guard the whole script", d.message());
    }

    @Test
    void oneStepAbove() {
        Diagnostic d = first(STEP + HANDLER, IssueCodes.HANDLER_AFTER_STEPS);
        assertEquals("this handler is active only from here on: the step above runs without it; move it above the"
                + " first step to guard the whole script", d.message());
    }

    @Test
    void aHandlerAboveTheStepsOrInsideOneIsFine() {
        lacks(HANDLER + STEP, IssueCodes.HANDLER_AFTER_STEPS);
        lacks(STEP + "step \"t\" {\n  " + HANDLER + "  send AT\n}\n", IssueCodes.HANDLER_AFTER_STEPS);
        lacks("send AT\n" + HANDLER + "send AT\n", IssueCodes.HANDLER_AFTER_STEPS);
    }
}
