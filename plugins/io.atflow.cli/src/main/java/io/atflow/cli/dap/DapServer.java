package io.atflow.cli.dap;

import java.io.IOException;
import java.io.PrintStream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads a client's requests one after the other and answers each: the body {@link DapSession} gives, or an error
 * response with its one sentence. Ends after {@code disconnect} or when the input ends (the run is then stopped).
 */
final class DapServer {
    private final DapWire wire;
    private final DapSession session;
    private final DapEvents events;
    private final PrintStream log;

    DapServer(DapWire wire, DapSession session, DapEvents events, PrintStream log) {
        this.wire = wire;
        this.session = session;
        this.events = events;
        this.log = log;
    }

    void serve() {
        try {
            JsonObject m;
            while ((m = wire.read()) != null) {
                if (!m.has("type") || !"request".equals(m.get("type").getAsString()) || !m.has("command")) {
                    continue;
                }
                String command = m.get("command").getAsString();
                answer(m, command);
                if (command.equals("initialize")) {
                    events.initialized();
                } else if (command.equals("disconnect")) {
                    return;
                }
            }
        } catch (IOException e) {
            log.println("atflow dap: " + e.getMessage() + "; ending the session");
        }
        session.end();
    }

    private void answer(JsonObject request, String command) throws IOException {
        JsonObject args = request.has("arguments") && request.get("arguments").isJsonObject()
                ? request.getAsJsonObject("arguments") : new JsonObject();
        JsonObject response = new JsonObject();
        response.addProperty("type", "response");
        response.add("request_seq", request.get("seq"));
        response.addProperty("command", command);
        try {
            JsonElement body = session.handle(command, args);
            response.addProperty("success", true);
            if (body != null) {
                response.add("body", body);
            }
        } catch (DapError e) {
            failed(response, e.getMessage());
        } catch (IllegalStateException | ClassCastException | UnsupportedOperationException
                | IllegalArgumentException e) {
            failed(response, "the arguments of " + command + " are not as the Debug Adapter Protocol defines them ("
                    + e.getMessage() + ")");
        } catch (RuntimeException e) {
            log.println("atflow dap: internal error in " + command + ": " + e);
            if (System.getenv("ATFLOW_DEBUG") != null) {
                e.printStackTrace(log);
            }
            failed(response, "internal error in " + command + ": " + e + " (please report it)");
        }
        wire.write(response);
    }

    private static void failed(JsonObject response, String message) {
        response.addProperty("success", false);
        response.addProperty("message", message);
        JsonObject error = new JsonObject();
        error.addProperty("id", 1);
        error.addProperty("format", message.replace("{", "{{").replace("}", "}}"));
        error.addProperty("showUser", true);
        JsonObject body = new JsonObject();
        body.add("error", error);
        response.add("body", body);
    }
}
