package io.atflow.launch.debug.breakpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import io.atflow.lang.AtFlowLanguage;

class StatementLinesTest {
    private static final URI URI_ = URI.createFileURI("/tmp/lines/script.atflow");
    // line numbers written beside each line by hand
    private static final String SCRIPT = String.join("\n",
            "// a comment",                                   // 1
            "profile ec2x",                                   // 2
            "",                                               // 3
            "on +QMTSTAT: 0,{err} fail \"lost ${err}\"",      // 4  statement (handler)
            "",                                               // 5
            "step \"connect\" timeout 2m {",                  // 6
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
    void statementsStartOnTheirFirstLineAlsoInsideStepsAndBlocks() {
        assertEquals(List.of(4, 8, 9, 10, 11, 15, 18), List.copyOf(lines.of(URI_, SCRIPT)));
    }

    @Test
    void otherLinesGoToTheNextStatement() {
        assertEquals(4, lines.bind(URI_, SCRIPT, 1));
        assertEquals(8, lines.bind(URI_, SCRIPT, 6));
        assertEquals(8, lines.bind(URI_, SCRIPT, 7));
        assertEquals(9, lines.bind(URI_, SCRIPT, 9));
        assertEquals(15, lines.bind(URI_, SCRIPT, 12));
        assertEquals(18, lines.bind(URI_, SCRIPT, 16));
        assertEquals(-1, lines.bind(URI_, SCRIPT, 19));
    }
}
