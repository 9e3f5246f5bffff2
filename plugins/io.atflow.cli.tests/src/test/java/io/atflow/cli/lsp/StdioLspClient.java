package io.atflow.cli.lsp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import io.atflow.cli.CliProcess;
import io.atflow.cli.FramedJson;
import io.atflow.cli.Mailbox;

/**
 * A plain LSP client the way an editor is one: it starts {@code atflow lsp} as a separate process and speaks JSON-RPC
 * with Content-Length framing over the process's stdin/stdout. No class of the server or of LSP4J is used.
 */
final class StdioLspClient implements AutoCloseable {
    /**
     * Bound on each wait: the JVM's start and the server's set-up, then each answer. A loaded machine (CI, test
     * classes and other builds side by side) took more than 30 s for the start alone.
     */
    static final Duration WAIT = Duration.ofSeconds(120);

    private final CliProcess process;
    private final OutputStream toServer;
    private final Mailbox mailbox = new Mailbox();
    private final List<String> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int nextId;

    /** Starts the CLI's {@code lsp} command in {@code workingDir} on this test's class path. */
    StdioLspClient(Path workingDir) throws IOException {
        process = CliProcess.start(workingDir, "lsp");
        toServer = process.stdin();
        Thread reader = new Thread(() -> read(process.stdout()), "lsp-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends a request and waits (bounded) for its response; server-to-client requests meanwhile get a null result. */
    JsonObject request(String method, JsonElement params) throws Exception {
        return request(method, params, true);
    }

    /** Sends a request and waits (bounded) for its response, which may be an error unless {@code mustSucceed}. */
    JsonObject request(String method, JsonElement params, boolean mustSucceed) throws Exception {
        int id = ++nextId;
        send(message(method, params, id));
        JsonObject response = next(m -> !m.has("method") && m.has("id") && m.get("id").getAsInt() == id);
        if (mustSucceed && response.has("error")) {
            throw new AssertionError(method + " answered an error: " + response.get("error"));
        }
        return response;
    }

    /** The result of a request. */
    JsonElement call(String method, JsonElement params) throws Exception {
        JsonElement result = request(method, params).get("result");
        return result == null ? JsonNull.INSTANCE : result;
    }

    void notify(String method, JsonElement params) throws IOException {
        send(message(method, params, null));
    }

    /** Waits (bounded) for a notification of {@code method} whose params match. */
    JsonObject awaitNotification(String method, Predicate<JsonObject> params) throws Exception {
        return next(m -> method.equals(m.has("method") ? m.get("method").getAsString() : null) && !m.has("id")
                && params.test(m.getAsJsonObject("params"))).getAsJsonObject("params");
    }

    /** The URIs of every publishDiagnostics notification received so far. */
    JsonArray publishedUris() {
        JsonArray out = new JsonArray();
        published.forEach(out::add);
        return out;
    }

    /** Waits (bounded) until the server says on stderr that it reads requests; false if it never did. */
    boolean awaitReady() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (stderr().contains("atflow lsp: ready")) {
                return true;
            }
            Thread.onSpinWait();
            TimeUnit.MILLISECONDS.sleep(5); // polling a file: no event to wait on
        }
        return false;
    }

    /** What the server printed on stderr (for failure messages), after whether it still runs. */
    String stderr() throws IOException {
        return process.state() + "; stderr:\n" + process.stderr();
    }

    private JsonObject next(Predicate<JsonObject> wanted) throws Exception {
        JsonObject m = mailbox.take(wanted, this::answeredServerRequest, WAIT);
        if (m == null) {
            throw new AssertionError("no answer from atflow lsp within " + WAIT.toSeconds() + " s; " + stderr());
        }
        return m;
    }

    /** A request of the server's (registerCapability, ...) is answered with a null result, as an editor may. */
    private boolean answeredServerRequest(JsonObject m) {
        if (!(m.has("method") && m.has("id"))) {
            return false;
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("jsonrpc", "2.0");
        reply.add("id", m.get("id"));
        reply.add("result", JsonNull.INSTANCE);
        try {
            send(reply);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return true;
    }

    private static JsonObject message(String method, JsonElement params, Integer id) {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        if (id != null) {
            m.addProperty("id", id);
        }
        m.addProperty("method", method);
        m.add("params", params);
        return m;
    }

    private synchronized void send(JsonObject m) throws IOException {
        FramedJson.write(toServer, m);
    }

    private void read(InputStream raw) {
        try (InputStream in = new BufferedInputStream(raw)) {
            while (true) {
                JsonObject m = FramedJson.read(in);
                if (m.has("method") && "textDocument/publishDiagnostics".equals(m.get("method").getAsString())) {
                    published.add(m.getAsJsonObject("params").get("uri").getAsString());
                }
                mailbox.put(m);
            }
        } catch (IOException | RuntimeException e) {
            // the server closed its output: the waits above time out with its stderr
        }
    }

    /** shutdown, exit, and the process ends (bounded; killed otherwise). */
    @Override
    public void close() throws Exception {
        try {
            if (process.isAlive()) {
                request("shutdown", JsonNull.INSTANCE);
                notify("exit", JsonNull.INSTANCE);
            }
        } finally {
            process.close();
        }
    }

    /** The process's exit code once it ended (bounded wait). */
    int exitCode() throws InterruptedException {
        Integer code = process.exitCode(10);
        if (code == null) {
            throw new AssertionError("atflow lsp did not end after exit");
        }
        return code;
    }
}
