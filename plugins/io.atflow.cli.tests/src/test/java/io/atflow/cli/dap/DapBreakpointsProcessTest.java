package io.atflow.cli.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Breakpoints over DAP as an editor sets them ({@code atflow dap} as a separate process): a breakpoint the debugger
 * cannot bind comes back {@code verified: false} with the one sentence why, and several URC patterns given as the
 * {@code urc} filter's options each stop the run, the stop naming the pattern.
 */
class DapBreakpointsProcessTest {
    @TempDir
    Path dir;

    @Test
    void unboundBreakpointsAreUnverifiedWithTheReason() throws Exception {
        Path script = Files.writeString(dir.resolve("signal.atflow"), DapProcessTest.SIGNAL);
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            dap.call("initialize", json("{\"adapterID\":\"atflow\"}"));
            JsonArray bps = dap.call("setBreakpoints", json("{\"source\":{\"path\":" + quote(script)
                    + "},\"breakpoints\":[{\"line\":4,\"hitCondition\":\"0\"},{\"line\":5,\"condition\":\"rssi ==\"},"
                    + "{\"line\":40},{\"line\":5,\"hitCondition\":\"% 2\"}]}")).getAsJsonArray("breakpoints");
            assertEquals(4, bps.size());
            JsonObject zero = bps.get(0).getAsJsonObject();
            assertFalse(zero.get("verified").getAsBoolean(), zero::toString);
            assertEquals("the breakpoint at line 4 of signal.atflow is not set: the hit condition \"0\" is not a count"
                    + " from 1 (write 3, >= 3, > 2, == 3 or % 2)", zero.get("message").getAsString());
            JsonObject condition = bps.get(1).getAsJsonObject();
            assertFalse(condition.get("verified").getAsBoolean(), condition::toString);
            assertTrue(condition.get("message").getAsString().startsWith("the breakpoint at line 5 of signal.atflow"
                    + " is not set: the condition \"rssi ==\" is not an expression"), condition::toString);
            JsonObject beyond = bps.get(2).getAsJsonObject();
            assertFalse(beyond.get("verified").getAsBoolean(), beyond::toString);
            assertEquals("no statement starts on or after line 40 of signal.atflow",
                    beyond.get("message").getAsString());
            JsonObject fine = bps.get(3).getAsJsonObject();
            assertTrue(fine.get("verified").getAsBoolean(), fine::toString);
            assertFalse(fine.has("message"), fine::toString);
        }
    }

    /** The example opens (+QMTOPEN: 0,0) and then connects (+QMTCONN: 0,0,0), application note §4.1.3. */
    @Test
    void severalUrcPatternsEachStopAndNameThemselves() throws Exception {
        Path example = Path.of("../../examples/7-property-post.atflow").toAbsolutePath().normalize();
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            dap.call("initialize", json("{\"adapterID\":\"atflow\"}"));
            dap.call("setExceptionBreakpoints", json("{\"filters\":[],\"filterOptions\":["
                    + "{\"filterId\":\"urc\",\"condition\":\"+QMTOPEN: 0,{result}\"},"
                    + "{\"filterId\":\"urc\",\"condition\":\"+QMTCONN: 0,{result},{code}\"}]}"));
            dap.call("launch", json("{\"program\":" + quote(example) + "}"));
            dap.call("configurationDone", new JsonObject());
            JsonObject open = dap.awaitEvent("stopped");
            assertEquals("exception", open.get("reason").getAsString());
            assertTrue(open.get("description").getAsString().startsWith("URC +QMTOPEN: 0,0")
                    && open.get("description").getAsString().endsWith("(suspend on URC +QMTOPEN: 0,{result})"),
                    open::toString);
            dap.call("continue", json("{\"threadId\":1}"));
            JsonObject conn = dap.awaitEvent("stopped");
            assertTrue(conn.get("description").getAsString().startsWith("URC +QMTCONN: 0,0,0")
                    && conn.get("description").getAsString().endsWith("(suspend on URC +QMTCONN: 0,{result},{code})"),
                    conn::toString);
            dap.call("continue", json("{\"threadId\":1}"));
            assertEquals(0, dap.awaitEvent("exited").get("exitCode").getAsInt());
        }
    }

    private static String quote(Path p) {
        return new JsonPrimitive(p.toString()).toString();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
