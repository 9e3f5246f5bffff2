package io.atflow.cli.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code atflow dap} as VS Code or nvim-dap drive it: a separate process, requests and events over stdio with
 * Content-Length framing ({@link StdioDapClient}), a script run on the simulated module. The expected values are the
 * script's own text (its lines, the variable given in the launch's {@code vars}), the DAP specification's names and
 * what the module answered on the wire as the {@code output} events show it.
 */
class DapProcessTest {
    /** Line 5 logs the signal captured on line 4; line 6 asks for the registration. */
    static final String SIGNAL = """
            var apn = "internet"

            step "signal" {
              send AT+CSQ expect +CSQ: {rssi},{ber}
              log "signal ${rssi} on ${apn}"
              send AT+CEREG? expect +CEREG: {n},{stat}
            }
            """;
    /** An n of 7 is not one the module sends (3GPP TS 27.007 +CEREG: n is 0 to 5): the expect on line 2 fails. */
    static final String MISMATCH = """
            step "registration" {
              send AT+CEREG? expect +CEREG: 7,{stat}
            }
            """;
    /** Nothing opened an MQTT link, so no +QMTSTAT comes: the await on line 2 waits its minute. */
    static final String WAITS = """
            step "wait" {
              await +QMTSTAT: 0,{err} within 60s
            }
            """;
    static final Pattern CSQ = Pattern.compile("  < \\+CSQ: (\\d+),(\\d+)\n");
    @TempDir
    Path dir;

    @Test
    void aWholeSessionStopsAtABreakpointShowsTheCaptureStepsAndRunsToPassed() throws Exception {
        Path script = write("signal.atflow", SIGNAL);
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            JsonObject caps = dap.call("initialize", json("{\"adapterID\":\"atflow\",\"linesStartAt1\":true}"));
            assertTrue(caps.get("supportsConfigurationDoneRequest").getAsBoolean());
            assertTrue(caps.get("supportsConditionalBreakpoints").getAsBoolean());
            assertTrue(caps.get("supportsHitConditionalBreakpoints").getAsBoolean());
            assertTrue(caps.get("supportsEvaluateForHovers").getAsBoolean());
            assertTrue(caps.get("supportsTerminateRequest").getAsBoolean());
            List<String> filters = new ArrayList<>();
            caps.getAsJsonArray("exceptionBreakpointFilters").forEach(f -> filters.add(f.getAsJsonObject()
                    .get("filter").getAsString() + (f.getAsJsonObject().get("supportsCondition").getAsBoolean()
                            ? "(condition)" : "")));
            assertEquals(List.of("failure", "urc(condition)"), filters);
            dap.awaitEvent("initialized");

            assertEquals("launch needs \"program\": the path of the .atflow script to debug",
                    failure(dap.request("launch", new JsonObject())));
            assertEquals("\"program\": no such file: " + dir.resolve("none.atflow"),
                    failure(dap.request("launch", launch(dir.resolve("none.atflow"), ""))));
            assertEquals("\"tcp://lab\" needs a port number, e.g. tcp://lab:5000 (launch argument \"port\")",
                    failure(dap.request("launch", launch(script, ",\"port\":\"tcp://lab\""))));

            JsonArray bps = dap.call("setBreakpoints", json("{\"source\":{\"path\":" + quote(script)
                    + "},\"breakpoints\":[{\"line\":5}]}")).getAsJsonArray("breakpoints");
            assertEquals(1, bps.size());
            assertTrue(bps.get(0).getAsJsonObject().get("verified").getAsBoolean(), bps::toString);
            assertEquals(5, bps.get(0).getAsJsonObject().get("line").getAsInt());
            dap.call("setExceptionBreakpoints", json("{\"filters\":[]}"));
            dap.call("launch", launch(script, ",\"vars\":{\"apn\":\"cmnet\"}"));
            dap.call("configurationDone", new JsonObject());

            JsonObject stopped = dap.awaitEvent("stopped");
            assertEquals("breakpoint", stopped.get("reason").getAsString());
            assertEquals(1, stopped.get("threadId").getAsInt());
            JsonArray threads = dap.call("threads", new JsonObject()).getAsJsonArray("threads");
            assertEquals("script signal.atflow", threads.get(0).getAsJsonObject().get("name").getAsString());
            JsonObject top = topFrame(dap);
            assertEquals(5, top.get("line").getAsInt());
            assertEquals(script.toString(), top.getAsJsonObject("source").get("path").getAsString());

            Matcher csq = CSQ.matcher(dap.awaitOutput("  < OK\n"));
            assertTrue(csq.find(), dap::output);
            int frame = top.get("id").getAsInt();
            JsonArray scopes = dap.call("scopes", json("{\"frameId\":" + frame + "}")).getAsJsonArray("scopes");
            List<String> names = new ArrayList<>();
            scopes.forEach(s -> names.add(s.getAsJsonObject().get("name").getAsString()));
            assertEquals(List.of("Variables", "Identities", "Module"), names);
            JsonArray vars = dap.call("variables", json("{\"variablesReference\":" + scopes.get(0).getAsJsonObject()
                    .get("variablesReference").getAsInt() + "}")).getAsJsonArray("variables");
            assertEquals(csq.group(1), value(vars, "rssi"), vars::toString);
            assertEquals(csq.group(2), value(vars, "ber"), vars::toString);
            assertEquals("cmnet", value(vars, "apn"), vars::toString);
            JsonArray module = dap.call("variables", json("{\"variablesReference\":" + scopes.get(2)
                    .getAsJsonObject().get("variablesReference").getAsInt() + "}")).getAsJsonArray("variables");
            assertTrue(module.toString().contains("AT+CSQ"), module::toString);

            assertEquals(csq.group(1), dap.call("evaluate", json("{\"expression\":\"rssi\",\"frameId\":" + frame
                    + ",\"context\":\"hover\"}")).get("result").getAsString());
            assertFalse(dap.request("evaluate", json("{\"expression\":\"nosuchname\",\"frameId\":" + frame + "}"))
                    .get("success").getAsBoolean());

            dap.call("next", json("{\"threadId\":1}"));
            assertEquals("step", dap.awaitEvent("stopped").get("reason").getAsString());
            assertEquals(6, topFrame(dap).get("line").getAsInt());
            dap.awaitOutput("  signal " + csq.group(1) + " on cmnet\n");

            dap.call("continue", json("{\"threadId\":1}"));
            assertEquals(0, dap.awaitEvent("exited").get("exitCode").getAsInt());
            dap.awaitEvent("terminated");
            String out = dap.awaitOutput("  > AT+CEREG?\n");
            assertTrue(Pattern.compile("\n?PASSED " + Pattern.quote(script.toString()) + " \\(").matcher(out).find(),
                    out);
            List<String> events = dap.events();
            assertTrue(events.indexOf("exited") < events.lastIndexOf("terminated"), events::toString);
            assertTrue(events.contains("continued"), events::toString);
            dap.call("disconnect", new JsonObject());
            assertEquals(0, dap.exitCode());
        }
    }

    @Test
    void theFailureFilterStopsWhereTheExpectMismatches() throws Exception {
        Path script = write("mismatch.atflow", MISMATCH);
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            dap.call("initialize", json("{\"adapterID\":\"atflow\"}"));
            dap.call("launch", launch(script, ""));
            dap.call("setExceptionBreakpoints", json("{\"filters\":[\"failure\"]}"));
            dap.call("configurationDone", new JsonObject());
            JsonObject stopped = dap.awaitEvent("stopped");
            assertEquals("exception", stopped.get("reason").getAsString());
            assertTrue(stopped.get("description").getAsString().contains("+CEREG: 7,"), stopped::toString);
            assertEquals(2, topFrame(dap).get("line").getAsInt());
            dap.call("continue", json("{\"threadId\":1}"));
            assertEquals(1, dap.awaitEvent("exited").get("exitCode").getAsInt());
            dap.awaitEvent("terminated");
            dap.awaitOutput("FAILED " + script + ":2: ");
        }
    }

    /**
     * The example's MQTT connect answers {@code +QMTCONN: 0,0,0} (application note §4.1.3); the granted QoS of its
     * subscription is 0, 1, 2 or 128 (MQTT 3.1.1 SUBACK), never 7.
     */
    @Test
    void theUrcFilterStopsOnItsPatternAndConditionsDecideWhichBreakpointsStop() throws Exception {
        Path example = Path.of("../../examples/7-property-post.atflow").toAbsolutePath().normalize();
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            dap.call("initialize", json("{\"adapterID\":\"atflow\"}"));
            JsonObject bad = dap.request("setExceptionBreakpoints",
                    json("{\"filters\":[],\"filterOptions\":[{\"filterId\":\"urc\",\"condition\":\"/(/\"}]}"));
            assertTrue(failure(bad).startsWith("the URC pattern /(/ does not parse"), bad::toString);
            dap.call("setExceptionBreakpoints", json("{\"filters\":[],\"filterOptions\":[{\"filterId\":\"urc\","
                    + "\"condition\":\"+QMTCONN: 0,{result},{code}\"}]}"));
            int publish = lineOf(example, "send AT+QMTPUBEX=");
            int close = lineOf(example, "send AT+QMTCLOSE=");
            dap.call("setBreakpoints", json("{\"source\":{\"path\":" + quote(example) + "},\"breakpoints\":["
                    + "{\"line\":" + publish + ",\"condition\":\"grantedQos == \\\"7\\\"\"},"
                    + "{\"line\":" + close + ",\"condition\":\"grantedQos != \\\"7\\\"\"}]}"));
            dap.call("launch", launch(example, ""));
            dap.call("configurationDone", new JsonObject());
            JsonObject urc = dap.awaitEvent("stopped");
            assertEquals("exception", urc.get("reason").getAsString());
            assertTrue(urc.get("description").getAsString().contains("+QMTCONN: 0,0,0"), urc::toString);
            dap.call("continue", json("{\"threadId\":1}"));
            assertEquals("breakpoint", dap.awaitEvent("stopped").get("reason").getAsString());
            assertEquals(close, topFrame(dap).get("line").getAsInt());
            dap.call("continue", json("{\"threadId\":1}"));
            assertEquals(0, dap.awaitEvent("exited").get("exitCode").getAsInt());
            assertFalse(dap.output().contains("c4fa40df9c8078073d75a26be2bc8f58"), "the device secret is masked");
        }
    }

    @Test
    void stopOnEntrySuspendsBeforeTheFirstStatement() throws Exception {
        Path script = write("signal.atflow", SIGNAL);
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            dap.call("initialize", json("{\"adapterID\":\"atflow\"}"));
            dap.call("launch", launch(script, ",\"stopOnEntry\":true"));
            dap.call("configurationDone", new JsonObject());
            assertEquals("entry", dap.awaitEvent("stopped").get("reason").getAsString());
            assertEquals(1, topFrame(dap).get("line").getAsInt());
            assertFalse(dap.output().contains("> AT"), dap::output);
            dap.call("continue", json("{\"threadId\":1}"));
            assertEquals(0, dap.awaitEvent("exited").get("exitCode").getAsInt());
        }
    }

    @Test
    void noDebugRunsThroughBreakpointsAndPauseThenTerminateEndsAWaitingRun() throws Exception {
        Path script = write("signal.atflow", SIGNAL);
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            dap.call("initialize", json("{\"adapterID\":\"atflow\"}"));
            dap.call("setBreakpoints", json("{\"source\":{\"path\":" + quote(script)
                    + "},\"breakpoints\":[{\"line\":5}]}"));
            dap.call("launch", launch(script, ",\"noDebug\":true,\"stopOnEntry\":true"));
            dap.call("configurationDone", new JsonObject());
            assertEquals(0, dap.awaitEvent("exited").get("exitCode").getAsInt());
            dap.awaitEvent("terminated");
            assertFalse(dap.events().contains("stopped"), dap.events()::toString);
            dap.awaitOutput("  > AT+CSQ\n");
        }
        Path waits = write("waits.atflow", WAITS);
        try (StdioDapClient dap = new StdioDapClient(dir)) {
            dap.call("initialize", json("{\"adapterID\":\"atflow\"}"));
            dap.call("launch", launch(waits, ""));
            dap.call("configurationDone", new JsonObject());
            dap.awaitOutput("step \"wait\"");
            dap.call("pause", json("{\"threadId\":1}"));
            assertEquals("pause", dap.awaitEvent("stopped").get("reason").getAsString());
            assertEquals(2, topFrame(dap).get("line").getAsInt());
            dap.call("terminate", new JsonObject());
            assertEquals(1, dap.awaitEvent("exited").get("exitCode").getAsInt());
            dap.awaitEvent("terminated");
            dap.awaitOutput("ABORTED");
        }
    }

    private static JsonObject topFrame(StdioDapClient dap) throws Exception {
        JsonArray frames = dap.call("stackTrace", json("{\"threadId\":1}")).getAsJsonArray("stackFrames");
        return frames.get(0).getAsJsonObject();
    }

    private static String value(JsonArray variables, String name) {
        for (JsonElement v : variables) {
            if (v.getAsJsonObject().get("name").getAsString().equals(name)) {
                return v.getAsJsonObject().get("value").getAsString();
            }
        }
        throw new AssertionError("no variable " + name + " in " + variables);
    }

    private static String failure(JsonObject response) {
        assertFalse(response.get("success").getAsBoolean(), response::toString);
        return response.get("message").getAsString();
    }

    private JsonObject launch(Path program, String more) {
        return json("{\"program\":" + quote(program) + more + "}");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String quote(Path p) {
        return new com.google.gson.JsonPrimitive(p.toString()).toString();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** The 1-based line of the first line of {@code file} that starts (after blanks) with {@code text}. */
    private static int lineOf(Path file, String text) throws java.io.IOException {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }
}
