package io.atflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.run.RunEvent;
import io.atflow.run.RunResult;
import io.atflow.run.Verdict;

/** The console's lines of a burst of events go out together, and at once when the events caught up or the run ends. */
class ConsolePrinterTest {
    static final Instant T = Instant.parse("2025-06-01T10:00:00Z");

    /** Each write call the printer's stream makes, as text. */
    static final class Writes extends OutputStream {
        final List<String> calls = new ArrayList<>();

        @Override
        public void write(int b) {
            calls.add(String.valueOf((char) b));
        }

        @Override
        public void write(byte[] b, int off, int len) {
            calls.add(new String(b, off, len, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aBurstOfLinesIsWrittenInOneGoOnceTheEventsCaughtUp() {
        Writes w = new Writes();
        ConsolePrinter p = new ConsolePrinter(new PrintStream(w, false, StandardCharsets.UTF_8));
        p.onEvent(new RunEvent.Sent(T, "AT+CSQ"));
        p.onEvent(new RunEvent.Received(T, "+CSQ: 20,99"));
        p.onEvent(new RunEvent.Received(T, "OK"));
        assertEquals(List.of(), w.calls, "nothing yet: more events are queued");
        p.caughtUp();
        assertEquals(1, w.calls.size(), "one write for the burst: " + w.calls);
        String text = w.calls.get(0);
        assertTrue(text.indexOf("AT+CSQ") < text.indexOf("+CSQ: 20,99") && text.indexOf("+CSQ: 20,99") < text.indexOf("OK"),
                text);
        assertEquals(3, text.lines().count(), text);
        p.caughtUp();
        assertEquals(1, w.calls.size(), "nothing held, nothing written");
    }

    @Test
    void theRunsEndWritesWhatIsHeld() {
        Writes w = new Writes();
        ConsolePrinter p = new ConsolePrinter(new PrintStream(w, false, StandardCharsets.UTF_8));
        p.onEvent(new RunEvent.LogMessage(T, "last words"));
        p.onEvent(new RunEvent.RunFinished(T, new RunResult(Verdict.PASSED, "1 step passed", null, Duration.ZERO)));
        assertEquals(1, w.calls.size());
        assertTrue(w.calls.get(0).contains("last words"), w.calls.get(0));
    }
}
