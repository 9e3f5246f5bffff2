package io.atflow.launch.debug.breakpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.atflow.run.debug.BreakpointSettings;

/** What a user types into the URC dialog and the detail pane. */
class CheckTest {
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

    /** The detail pane shows the core's sentence (BreakpointSettingsTest pins what the core refuses). */
    @Test
    void thePaneShowsTheCoresCheckAsASentence() {
        assertEquals("The hit condition \"0\" is not a count from 1 (write 3, >= 3, > 2, == 3 or % 2).",
                BreakpointDetailPane.sentence(BreakpointSettings.check("", "0").orElseThrow()));
        String wrong = BreakpointDetailPane.sentence(BreakpointSettings.check("attempt ==", null).orElseThrow());
        assertTrue(wrong.startsWith("The condition \"attempt ==\" is not an expression") && wrong.endsWith("."),
                wrong);
    }
}
