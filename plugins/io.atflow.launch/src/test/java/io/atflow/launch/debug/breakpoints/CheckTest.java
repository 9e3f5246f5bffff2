package io.atflow.launch.debug.breakpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.atflow.lang.AtFlowLanguage;

/** What a user types into the URC dialog and the detail pane. */
class CheckTest {
    private final BreakpointConditions conditions = new BreakpointConditions(AtFlowLanguage.injector());

    @Test
    void urcPatternsInTheLanguagesSyntax() {
        assertNull(UrcPatternCheck.problem("+QMTSTAT: 0,{err}"));
        assertNull(UrcPatternCheck.problem("+QIURC"));
        assertNull(UrcPatternCheck.problem("RDY"));
        assertNull(UrcPatternCheck.problem("/\\+QIURC: \"closed\",\\d+/"));
        assertEquals("The URC pattern +QMTSTAT: 0,{Err} does not parse: capture {Err} must be a name starting with a"
                + " lower-case letter.", UrcPatternCheck.problem("+QMTSTAT: 0,{Err}"));
        assertEquals("The URC pattern +QMTSTAT: {err does not parse: capture {err lacks its closing '}'.",
                UrcPatternCheck.problem("+QMTSTAT: {err"));
        assertEquals("The URC pattern /+QIURC/ does not parse: regular expression does not compile: Dangling meta"
                + " character '+'.", UrcPatternCheck.problem("/+QIURC/"));
        assertEquals("The URC pattern /abc lacks the closing / of its regular expression.",
                UrcPatternCheck.problem("/abc"));
        assertTrue(UrcPatternCheck.problem("  ").startsWith("Enter the URC to suspend on"));
    }

    @Test
    void conditionsAreExpressionsOfTheLanguage() {
        assertNull(conditions.conditionProblem("attempt == \"2\""));
        assertNull(conditions.conditionProblem("rssi != \"99\" and json(reply).code == \"200\""));
        assertNull(conditions.conditionProblem(""));
        String wrong = conditions.conditionProblem("attempt ==");
        assertTrue(wrong != null && wrong.startsWith("The condition attempt == does not parse: "), wrong);
        String block = conditions.conditionProblem("x { y }");
        assertTrue(block != null && block.startsWith("The condition x { y } does not parse: "), block);
    }

    @Test
    void hitCounts() {
        for (String ok : new String[] { "3", ">= 3", "> 2", "==3", "% 2", " 12 ", "" }) {
            assertNull(BreakpointConditions.hitConditionProblem(ok), ok);
        }
        for (String bad : new String[] { "0", "-1", "three", "<= 3", "% 0", "3 4" }) {
            assertEquals("The hit count " + bad.strip() + " is not one of 3, >= 3, > 2, == 3 or % 2.",
                    BreakpointConditions.hitConditionProblem(bad), bad);
        }
    }
}
