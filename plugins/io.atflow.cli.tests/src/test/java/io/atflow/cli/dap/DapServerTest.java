package io.atflow.cli.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.atflow.cli.FramedJson;
import io.atflow.cli.Main;

/**
 * Requests an adapter must refuse, each with an error response of one sentence, and the protocol's numbering: every
 * message has the next {@code seq}, every response names its request's {@code seq} and command.
 */
class DapServerTest {

    @Test
    void refusedRequestsAreErrorResponsesWithOneSentence() throws Exception {
        List<JsonObject> out = session(
                "{\"command\":\"initialize\",\"arguments\":{\"adapterID\":\"atflow\"}}",
                "{\"command\":\"stackTrace\",\"arguments\":{\"threadId\":1}}",
                "{\"command\":\"evaluate\",\"arguments\":{\"frameId\":1}}",
                "{\"command\":\"setBreakpoints\",\"arguments\":{\"breakpoints\":[{\"line\":3}]}}",
                "{\"command\":\"setBreakpoints\",\"arguments\":{\"source\":{\"path\":\"/x.atflow\"},"
                        + "\"breakpoints\":[{\"line\":\"three\"}]}}",
                "{\"command\":\"variables\",\"arguments\":{\"variablesReference\":7}}",
                "{\"command\":\"next\",\"arguments\":{\"threadId\":1}}",
                "{\"command\":\"restartFrame\",\"arguments\":{}}",
                "{\"command\":\"threads\"}");
        List<JsonObject> responses = out.stream().filter(m -> m.get("type").getAsString().equals("response")).toList();
        assertEquals(9, responses.size(), out::toString);
        for (int i = 0; i < responses.size(); i++) {
            assertEquals(i + 1, responses.get(i).get("request_seq").getAsInt());
        }
        for (int i = 0; i < out.size(); i++) {
            assertEquals(i + 1, out.get(i).get("seq").getAsInt(), out::toString);
        }
        assertEquals("initialized", out.get(1).get("event").getAsString(), "initialized follows initialize's response");
        assertEquals(List.of("the run is not suspended", "evaluate needs \"expression\"",
                "setBreakpoints needs source.path: the script's file",
                "the request needs \"line\" (a number)",
                "variablesReference 7 is not one of the current suspension"),
                messages(responses.subList(1, 6)));
        assertTrue(message(responses.get(6)).endsWith("not suspended"), responses.get(6)::toString);
        assertEquals("atflow dap does not support the request \"restartFrame\"", message(responses.get(7)));
        assertTrue(responses.get(8).get("success").getAsBoolean());
        assertEquals(0, responses.get(8).getAsJsonObject("body").getAsJsonArray("threads").size(),
                "no thread before launch");
    }

    private static List<String> messages(List<JsonObject> responses) {
        List<String> out = new ArrayList<>();
        responses.forEach(r -> out.add(message(r)));
        return out;
    }

    private static String message(JsonObject response) {
        assertEquals(false, response.get("success").getAsBoolean(), response::toString);
        assertEquals(response.get("message").getAsString(), response.getAsJsonObject("body").getAsJsonObject("error")
                .get("format").getAsString());
        return response.get("message").getAsString();
    }

    /** Runs {@code atflow dap} on the requests (numbered from 1) until its input ends; every message it sent. */
    private static List<JsonObject> session(String... requests) throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        int seq = 0;
        for (String r : requests) {
            JsonObject m = JsonParser.parseString(r).getAsJsonObject();
            m.addProperty("seq", ++seq);
            m.addProperty("type", "request");
            FramedJson.write(in, m);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(List.of(new DapCommand(new ByteArrayInputStream(in.toByteArray()), out)))
                .execute(List.of("dap"), new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err::toString);
        List<JsonObject> messages = new ArrayList<>();
        InputStream sent = new ByteArrayInputStream(out.toByteArray());
        while (sent.available() > 0) {
            messages.add(FramedJson.read(sent));
        }
        return messages;
    }
}
