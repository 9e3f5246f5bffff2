package io.atflow.launch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Script locations in console lines, as the run console links them. */
class SourceLocationTest {
    @Test
    void aVerdictLocationIsFoundWithItsOffset() {
        String text = "FAILED /p/fails.atflow:3: expected +CEREG: 0,3 (1.2 s)";
        assertEquals(List.of(new SourceLocation(7, 17, "/p/fails.atflow", 3)), SourceLocation.find(text));
    }

    @Test
    void stepLinesAndIncludedFilesOutsideTheWorkspace() {
        String text = "step \"connect\"  (/home/u/lib/connect-aliyun.atflow:12)";
        SourceLocation l = SourceLocation.find(text).get(0);
        assertEquals("/home/u/lib/connect-aliyun.atflow", l.path());
        assertEquals(12, l.line());
        assertEquals("/home/u/lib/connect-aliyun.atflow:12", text.substring(l.offset(), l.offset() + l.length()));
    }

    @Test
    void windowsPathsAndSeveralLocationsInOneLine() {
        List<SourceLocation> found = SourceLocation.find("C:\\ws\\a.atflow:1 includes /p/b.atflow:20");
        assertEquals(List.of("C:\\ws\\a.atflow", "/p/b.atflow"), found.stream().map(SourceLocation::path).toList());
        assertEquals(List.of(1, 20), found.stream().map(SourceLocation::line).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/p/x.atflow:0", "/p/x.txt:3", "p/x.atflow:3", "> AT+QMTOPEN=0,\"x.atflow\",1883",
        "/p/x.atflow" })
    void otherTextIsNoLocation(String text) {
        assertEquals(List.of(), SourceLocation.find(text));
    }

    @Test
    void theConsolePatternMatchesWhatFindAccepts() {
        Pattern console = Pattern.compile(SourceLocation.REGEX);
        assertTrue(console.matcher("FAILED /p/fails.atflow:3: x").find());
        assertTrue(console.matcher("/p/x.atflow:0").find(), "the console may match more; find() filters");
    }
}
