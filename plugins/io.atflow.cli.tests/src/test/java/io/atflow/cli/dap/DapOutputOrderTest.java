package io.atflow.cli.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The order an editor sees: every {@code output} event of what the run did before a suspension arrives before that
 * suspension's {@code stopped} event, at every stop ({@code atflow dap} as a separate process, a framed client).
 */
class DapOutputOrderTest {
    static final int ROUNDS = 25;
    @TempDir
    Path dir;

    /** Round k (1-based) logs "round k" on line 2k and sends AT on line 2k+1; a breakpoint on every log line. */
    @Test
    void theLinesBeforeAStopArriveBeforeItsStoppedEvent() throws Exception {
        StringBuilder text = new StringBuilder("step \"rounds\" {\n");
        StringBuilder breakpoints = new StringBuilder();
        for (int k = 1; k <= ROUNDS; k++) {
            text.append("  log \"round ").append(k).append("\"\n  send AT\n");
            breakpoints.append(k == 1 ? "" : ",").append("{\"line\":").append(2 * k).append('}');
        }
        Path script = Files.writeString(dir.resolve("rounds.atflow"), text.append("}\n"));
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            dap.call("initialize", json("{\"adapterID\":\"atflow\"}"));
            dap.call("setBreakpoints", json("{\"source\":{\"path\":" + new JsonPrimitive(script.toString())
                    + "},\"breakpoints\":[" + breakpoints + "]}"));
            dap.call("launch", json("{\"program\":" + new JsonPrimitive(script.toString()) + "}"));
            dap.call("configurationDone", new JsonObject());
            for (int k = 1; k <= ROUNDS; k++) {
                int round = k;
                dap.awaitEvent("stopped", b -> true);
                List<String> seen = dap.outputAtStops();
                assertEquals(k, seen.size(), seen::toString);
                String before = seen.get(k - 1);
                // the stop at round k's log: rounds 1..k-1 logged, sent AT and got OK; round k did not log yet
                assertEquals(k - 1, count(before, "  > AT\n"), () -> "stop " + round + " came before:\n" + before);
                assertEquals(k - 1, count(before, "  < OK\n"), () -> "stop " + round + " came before:\n" + before);
                if (k > 1) {
                    assertTrue(before.contains("  round " + (k - 1) + "\n"), () -> "stop " + round + ":\n" + before);
                }
                assertFalse(before.contains("  round " + k + "\n"), before);
                dap.call("continue", json("{\"threadId\":1}"));
            }
            assertEquals(0, dap.awaitEvent("exited").get("exitCode").getAsInt());
            assertEquals(ROUNDS, count(dap.awaitOutput("PASSED"), "  < OK\n"));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
