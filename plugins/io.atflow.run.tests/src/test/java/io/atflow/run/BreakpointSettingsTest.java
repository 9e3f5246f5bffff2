package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointSettings;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.debug.Debugger;
import io.atflow.run.testing.Runs;

/**
 * The one public check of a breakpoint's condition and hit condition: what front ends check before storing is what
 * the debugger refuses when the breakpoint is set. Hit counts start at 1 (a 0 never makes sense: every hit, never,
 * or a division by zero).
 */
class BreakpointSettingsTest {
    static final String HIT_FORMS = " is not a count from 1 (write 3, >= 3, > 2, == 3 or % 2)";
    @TempDir
    Path dir;

    @Test
    void acceptsWhatTheDebuggerBinds() {
        for (String hit : new String[] { null, "", "3", ">= 3", "> 2", "==3", "% 2", " 12 ", "1" }) {
            assertEquals(Optional.empty(), BreakpointSettings.check("attempt == \"2\"", hit), hit);
        }
        assertEquals(Optional.empty(), BreakpointSettings.check("rssi != \"99\" and json(reply).code == \"200\"",
                null));
        assertEquals(Optional.empty(), BreakpointSettings.check("  ", null));
    }

    @Test
    void refusesWithOneSentence() {
        for (String bad : new String[] { "0", "== 0", "% 0", ">= 0", "-1", "three", "<= 3", "3 4" }) {
            assertEquals(Optional.of("the hit condition \"" + bad.strip() + "\"" + HIT_FORMS),
                    BreakpointSettings.check(null, bad), bad);
        }
        String wrong = BreakpointSettings.check("attempt ==", "% 0").orElseThrow();
        assertTrue(wrong.startsWith("the condition \"attempt ==\" is not an expression"), wrong);
        assertFalse(wrong.contains("\n"), wrong);
    }

    @Test
    void theDebuggerRefusesWhatTheCheckRefuses() {
        Path file = Runs.write(dir, "t.atflow", DebugBreakpointTest.LOOP);
        List<String> hits = List.of("0", "== 0", "% 0", "2");
        List<BreakpointState> states = Debugger.create().setBreakpoints(file,
                hits.stream().map(h -> new Breakpoint(file, 3, null, h)).toList());
        for (int i = 0; i < hits.size(); i++) {
            Optional<String> problem = BreakpointSettings.check(null, hits.get(i));
            assertEquals(problem.isEmpty(), states.get(i).verified(), hits.get(i));
            problem.ifPresent(p -> assertTrue(states.get(0).message().endsWith("is not set: the hit condition \"0\""
                    + HIT_FORMS), states.get(0).message()));
        }
    }
}
