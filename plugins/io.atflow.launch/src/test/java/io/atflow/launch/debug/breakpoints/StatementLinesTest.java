package io.atflow.launch.debug.breakpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.lang.AtFlowLanguage;
import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.debug.Debugger;

class StatementLinesTest {
    private static final URI URI_ = URI.createFileURI("/tmp/lines/script.atflow");
    // line numbers written beside each line by hand
    private static final String SCRIPT = String.join("\n",
            "// a comment",                                   // 1
            "include \"common/network.atflow\"",              // 2  include
            "",                                               // 3
            "on +QMTSTAT: 0,{err} fail \"lost ${err}\"",      // 4  statement (handler)
            "",                                               // 5
            "step \"connect\" timeout 2m {",                  // 6  step
            "  // open the connection",                       // 7
            "  send AT+QMTOPEN=0,\"host\",1883",              // 8  statement
            "  await +QMTOPEN: 0,0 within 75s",               // 9  statement
            "  if 1 == 1 {",                                  // 10 statement (if)
            "    log \"inside\"",                             // 11 statement (in the if's block)
            "  }",                                            // 12
            "}",                                              // 13
            "",                                               // 14
            "var note = \"\"\"",                              // 15 statement (var with a text block)
            "two lines",                                      // 16
            "\"\"\"",                                         // 17
            "delay 1s",                                       // 18 statement
            "// the end");                                    // 19
    private final StatementLines lines = new StatementLines(AtFlowLanguage.loader());

    @Test
    void statementsStepsAndIncludesStartOnTheirFirstLineAlsoInsideStepsAndBlocks() {
        assertEquals(List.of(2, 4, 6, 8, 9, 10, 11, 15, 18), List.copyOf(lines.of(URI_, SCRIPT)));
    }

    @Test
    void otherLinesGoToTheNextStatement() {
        assertEquals(2, lines.bind(URI_, SCRIPT, 1));
        assertEquals(4, lines.bind(URI_, SCRIPT, 3));
        assertEquals(6, lines.bind(URI_, SCRIPT, 5));
        assertEquals(6, lines.bind(URI_, SCRIPT, 6));
        assertEquals(8, lines.bind(URI_, SCRIPT, 7));
        assertEquals(9, lines.bind(URI_, SCRIPT, 9));
        assertEquals(15, lines.bind(URI_, SCRIPT, 12));
        assertEquals(18, lines.bind(URI_, SCRIPT, 16));
        assertEquals(-1, lines.bind(URI_, SCRIPT, 19));
    }

    @Test
    void bindsLikeTheInterpretersDebugger(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("script.atflow");
        Files.writeString(file, SCRIPT);
        URI uri = URI.createFileURI(file.toString());
        for (int line = 1; line <= 19; line++) {
            BreakpointState state = Debugger.create().setBreakpoints(file, List.of(Breakpoint.at(file, line))).get(0);
            int ours = lines.bind(uri, SCRIPT, line);
            assertEquals(state.verified() ? state.line() : -1, ours, "line " + line);
        }
    }
}
