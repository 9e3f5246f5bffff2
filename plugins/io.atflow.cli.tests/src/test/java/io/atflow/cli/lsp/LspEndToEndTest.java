package io.atflow.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code atflow lsp} as an editor sees it: a separate process driven over stdio by {@link StdioLspClient}, on a
 * workspace holding the examples. Every quick fix is requested as a code action, its edit applied to the text and the
 * result compared with text written here. The expected passwords and signs are the application note's vector and
 * values computed outside the project with Python's hmac module:
 * <pre>
 * python3 -c 'import hmac,hashlib; print(hmac.new(b"EmuMeterSecret01",
 *     b"deviceNamemeter001productKeyi2uqZnX9tZKrandom123", hashlib.sha1).hexdigest())'
 * </pre>
 * and likewise for regnwl ({@code EmuKitsSecret001}, {@code deviceNameKit001productKeyi2uq9ORmOSMrandom123}) and the
 * HTTPS sign ({@code EmuHttpsSecret01}, {@code deviceNamedevice001productKeyi2uqzmkZsLGrandom003}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LspEndToEndTest {
    /** Application note §4.1.2. */
    static final String NOTE_PASSWORD = "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db";
    static final String REGISTER_PASSWORD = "d9051ae5689e2b7bcbbe96d9824f6e686fd32954";
    static final String REGNWL_PASSWORD = "fd9f0ebb7f2f6ce3e9bf74261f2bafdd1b859994";
    static final String HTTPS_SIGN = "da2e692592c8c11a5f10de801b894f8ade353874";
    static final String WRONG_SHA1 = "00000000000000000000000000000000deadbeef";

    @TempDir
    static Path workspace;
    StdioLspClient lsp;
    int version;

    @BeforeAll
    void start() throws Exception {
        Path examples = Path.of("../../examples");
        Files.createDirectories(workspace.resolve("common"));
        for (String f : List.of("common/network.atflow", "common/instance.atflow")) {
            Files.copy(examples.resolve(f), workspace.resolve(f));
        }
        // the application note's DeviceSecret and the platform emulator's ProductSecrets (its default registry)
        Files.writeString(workspace.resolve(".atflow-secrets"), """
                i2uqc2dloOl/device001=c4fa40df9c8078073d75a26be2bc8f58
                i2uqZnX9tZK=EmuMeterSecret01
                i2uq9ORmOSM=EmuKitsSecret001
                i2uqzmkZsLG=EmuHttpsSecret01
                """);
        lsp = new StdioLspClient(workspace);
        // the JVM's start and the server's set-up have their own bound: on a loaded machine they can take most of
        // one, and the first request's bound would otherwise be spent before the request is read
        assertTrue(lsp.awaitReady(), lsp.stderr());
        JsonObject result = lsp.call("initialize", json("""
                {"processId": null, "rootUri": "%s", "capabilities": {"workspace": {"workspaceEdit":
                  {"documentChanges": true, "resourceOperations": ["create"]}},
                  "textDocument": {"rename": {"prepareSupport": true}}}}""".formatted(uri(workspace))))
                .getAsJsonObject();
        assertTrue(result.getAsJsonObject("capabilities").get("codeActionProvider").getAsBoolean());
        lsp.notify("initialized", new JsonObject());
    }

    @AfterAll
    void stop() throws Exception {
        lsp.close();
        assertEquals(0, lsp.exitCode(), "exit after shutdown ends the server with 0");
    }

    @Test
    void deviceSecretPasswordFromTheNotesVector() throws Exception {
        String fixed = example("3-one-device-one-secret-credentials.atflow");
        assertTrue(fixed.contains(NOTE_PASSWORD));
        assertEquals(fixed, quickFix("password.atflow", fixed.replace(NOTE_PASSWORD, NOTE_PASSWORD.replace('0', '1')),
                "atflow.password-mismatch"));
    }

    @Test
    void registerPassword() throws Exception {
        String fixed = example("4-one-product-one-secret-register.atflow");
        assertTrue(fixed.contains(REGISTER_PASSWORD));
        assertEquals(fixed, quickFix("register.atflow", fixed.replace(REGISTER_PASSWORD, WRONG_SHA1),
                "atflow.password-mismatch"));
    }

    @Test
    void regnwlPassword() throws Exception {
        String fixed = example("5-one-product-one-secret-regnwl.atflow");
        assertTrue(fixed.contains(REGNWL_PASSWORD));
        assertEquals(fixed, quickFix("regnwl.atflow", fixed.replace(REGNWL_PASSWORD, WRONG_SHA1),
                "atflow.password-mismatch"));
    }

    @Test
    void httpsRegistrationSign() throws Exception {
        String fixed = example("6-https-registration.atflow");
        assertTrue(fixed.contains(HTTPS_SIGN));
        assertEquals(fixed, quickFix("https.atflow", fixed.replace(HTTPS_SIGN, WRONG_SHA1), "atflow.sign-mismatch"));
    }

    @Test
    void didYouMeanCommand() throws Exception {
        assertEquals("step \"s\" {\n  send AT+QMTOPEN=0,\"h\",1883\n}\n",
                quickFix("typo.atflow", "step \"s\" {\n  send AT+QMTOPN=0,\"h\",1883\n}\n", "atflow.unknown-command"));
    }

    @Test
    void handlerMovedAboveTheSteps() throws Exception {
        String text = "step \"s\" {\n  send AT\n}\n\non +QMTSTAT: 0,{err} fail \"link lost\"\n";
        assertEquals("on +QMTSTAT: 0,{err} fail \"link lost\"\n\nstep \"s\" {\n  send AT\n}\n",
                quickFix("handler.atflow", text, "atflow.handler-after-steps"));
    }

    @Test
    void secretMovedIntoTheSecretsFileBesideTheScript() throws Exception {
        Files.createDirectories(workspace.resolve("moved"));
        String text = "device m {\n  productKey \"pk1\"\n  deviceName \"dev1\"\n  deviceSecret \"s3cr3t\"\n}\n";
        String uri = open("moved/secret.atflow", text);
        JsonObject action = action(uri, diagnostic(uri, "atflow.literal-secret"));
        JsonObject edit = action.getAsJsonObject("edit");
        assertEquals(text.replace("\"s3cr3t\"", "secret(\"pk1/dev1\")"), LspEdits.apply(text, LspEdits.editsFor(edit, uri)));
        String secrets = uri(workspace.resolve("moved/.atflow-secrets"));
        List<String> created = new ArrayList<>();
        for (JsonElement c : edit.getAsJsonArray("documentChanges")) {
            if ("create".equals(c.getAsJsonObject().has("kind") ? c.getAsJsonObject().get("kind").getAsString() : "")) {
                created.add(c.getAsJsonObject().get("uri").getAsString());
            }
        }
        assertEquals(List.of(secrets), created, "the secrets file is created next to the script");
        assertEquals("pk1/dev1=s3cr3t\n", LspEdits.apply("", LspEdits.editsFor(edit, secrets)));
    }

    @Test
    void formatting() throws Exception {
        String uri = open("format.atflow", "step   \"s\" {\nsend AT\n      send AT+CSQ\n}\n");
        JsonArray edits = lsp.call("textDocument/formatting", json("""
                {"textDocument": {"uri": "%s"}, "options": {"tabSize": 2, "insertSpaces": true}}""".formatted(uri)))
                .getAsJsonArray();
        assertEquals("step \"s\" {\n  send AT\n  send AT+CSQ\n}\n",
                LspEdits.apply("step   \"s\" {\nsend AT\n      send AT+CSQ\n}\n", edits));
    }

    @Test
    void hoverExplainsTheCommand() throws Exception {
        String uri = open("hover.atflow", "step \"s\" {\n  send AT+QMTOPEN=0,\"h\",1883\n}\n");
        JsonObject hover = lsp.call("textDocument/hover", position(uri, 1, 10)).getAsJsonObject();
        String text = hover.getAsJsonObject("contents").get("value").getAsString();
        // the note: AT+QMTOPEN opens a network for the MQTT client, result later in +QMTOPEN: <idx>,<result>
        assertTrue(text.contains("AT+QMTOPEN") && text.contains("+QMTOPEN"), text);
    }

    @Test
    void completionOffersCatalogCommands() throws Exception {
        String text = "step \"s\" {\n  send AT+QMTO\n}\n";
        String uri = open("complete.atflow", text);
        JsonElement result = lsp.call("textDocument/completion", position(uri, 1, 14));
        JsonArray items = result.isJsonArray() ? result.getAsJsonArray() : result.getAsJsonObject().getAsJsonArray("items");
        List<String> labels = new ArrayList<>();
        items.forEach(i -> labels.add(i.getAsJsonObject().get("label").getAsString()));
        // the EC2x MQTT manual's forms of AT+QMTOPEN: test, read and write; nothing that does not start with the prefix
        assertTrue(labels.containsAll(List.of("AT+QMTOPEN=?", "AT+QMTOPEN?", "AT+QMTOPEN=")), labels.toString());
        assertTrue(labels.stream().allMatch(l -> l.startsWith("AT+QMTO")), labels.toString());
    }

    @Test
    void documentSymbolsNameTheDeclarationsAndSteps() throws Exception {
        String uri = open("symbols.atflow", example("7-property-post.atflow"));
        JsonArray symbols = lsp.call("textDocument/documentSymbol", json("""
                {"textDocument": {"uri": "%s"}}""".formatted(uri))).getAsJsonArray();
        List<String> names = new ArrayList<>();
        symbols.forEach(s -> names.add(s.getAsJsonObject().get("name").getAsString()));
        for (String expected : List.of("meter", "post", "connect", "subscribe", "report", "close")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(expected)), expected + " in " + names);
        }
    }

    @Test
    void definitionOfADeviceUse() throws Exception {
        String text = example("7-property-post.atflow");
        String uri = open("definition.atflow", text);
        int use = text.indexOf("${meter.productKey}") + 2;
        JsonArray locations = lsp.call("textDocument/definition", position(uri, text, use)).getAsJsonArray();
        assertEquals(1, locations.size(), locations.toString());
        JsonObject location = locations.get(0).getAsJsonObject();
        assertEquals(uri, location.get("uri").getAsString());
        assertEquals(text.indexOf("device meter") + "device ".length(),
                LspEdits.offset(text, location.getAsJsonObject("range").getAsJsonObject("start")));
    }

    @Test
    void definitionOfAVariableInAnInclude() throws Exception {
        String text = example("7-property-post.atflow");
        String uri = open("definition-include.atflow", text);
        JsonArray locations = lsp.call("textDocument/definition", position(uri, text, text.indexOf("${host}") + 2))
                .getAsJsonArray();
        assertEquals(1, locations.size(), locations.toString());
        assertEquals(uri(workspace.resolve("common/instance.atflow")),
                locations.get(0).getAsJsonObject().get("uri").getAsString());
    }

    @Test
    void renameACaptureEverywhereItIsUsed() throws Exception {
        String text = example("7-property-post.atflow");
        String uri = open("rename.atflow", text);
        JsonObject edit = lsp.call("textDocument/rename", json("""
                {"textDocument": {"uri": "%s"}, "position": %s, "newName": "answer"}""".formatted(uri,
                positionJson(text, text.indexOf("json(reply)") + 5)))).getAsJsonObject();
        // the capture, its uses; the topic's "post_reply" is text, not the name
        String expected = text.replace("\"{reply}\"", "\"{answer}\"").replace("json(reply)", "json(answer)")
                .replace("${reply}", "${answer}");
        assertTrue(expected.contains("post_reply"));
        assertEquals(expected, LspEdits.apply(text, LspEdits.editsFor(edit, uri)));
    }

    @Test
    void prepareRenameOnADeclarationAndOnAUse() throws Exception {
        String text = example("7-property-post.atflow");
        String uri = open("prepare-rename.atflow", text);
        int declaration = text.indexOf("\"{reply}\"") + 2; // inside the capture's name
        int use = text.indexOf("json(reply)") + 5;
        for (int at : new int[] {declaration, use}) {
            JsonObject prepared = lsp.call("textDocument/prepareRename", position(uri, text, at)).getAsJsonObject();
            assertEquals("reply", prepared.get("placeholder").getAsString());
            JsonObject range = prepared.getAsJsonObject("range");
            int start = LspEdits.offset(text, range.getAsJsonObject("start"));
            assertEquals("reply", text.substring(start, LspEdits.offset(text, range.getAsJsonObject("end"))));
            assertTrue(start <= at && at <= start + "reply".length(), "the range covers the cursor");
        }
    }

    @Test
    void renameRefusesWhatIsNotAName() throws Exception {
        String text = example("7-property-post.atflow");
        String uri = open("rename-bad.atflow", text);
        JsonObject response = lsp.request("textDocument/rename", json("""
                {"textDocument": {"uri": "%s"}, "position": %s, "newName": "not a name"}""".formatted(uri,
                positionJson(text, text.indexOf("json(reply)") + 5))), false);
        String message = response.getAsJsonObject("error").get("message").getAsString();
        assertEquals("\"not a name\" is not a name: use letters, digits and _, starting with a letter or _", message);
    }

    // --- the editor's side -------------------------------------------------------------------------------------

    /** Opens {@code text} as a workspace file, asks for the fixes of the diagnostic {@code code} and applies the one. */
    private String quickFix(String file, String text, String code) throws Exception {
        String uri = open(file, text);
        JsonObject action = action(uri, diagnostic(uri, code));
        return LspEdits.apply(text, LspEdits.editsFor(action.getAsJsonObject("edit"), uri));
    }

    private JsonObject action(String uri, JsonObject diagnostic) throws Exception {
        JsonArray diagnostics = new JsonArray();
        diagnostics.add(diagnostic);
        JsonObject params = new JsonObject();
        params.add("textDocument", json("{\"uri\": \"" + uri + "\"}"));
        params.add("range", diagnostic.get("range"));
        JsonObject context = new JsonObject();
        context.add("diagnostics", diagnostics);
        params.add("context", context);
        JsonArray actions = lsp.call("textDocument/codeAction", params).getAsJsonArray();
        assertEquals(1, actions.size(), "one fix for " + diagnostic + ": " + actions);
        JsonObject action = actions.get(0).getAsJsonObject();
        assertEquals("quickfix", action.get("kind").getAsString());
        return action;
    }

    private JsonObject diagnostic(String uri, String code) throws Exception {
        JsonObject published = lsp.awaitNotification("textDocument/publishDiagnostics",
                p -> uri.equals(p.get("uri").getAsString()) && find(p, code) != null);
        return find(published, code);
    }

    private static JsonObject find(JsonObject published, String code) {
        for (JsonElement d : published.getAsJsonArray("diagnostics")) {
            JsonElement c = d.getAsJsonObject().get("code");
            if (c != null && code.equals(c.getAsString())) {
                return d.getAsJsonObject();
            }
        }
        return null;
    }

    private String open(String file, String text) throws Exception {
        String uri = uri(workspace.resolve(file));
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", uri);
        doc.addProperty("languageId", "atflow");
        doc.addProperty("version", ++version);
        doc.addProperty("text", text);
        JsonObject params = new JsonObject();
        params.add("textDocument", doc);
        lsp.notify("textDocument/didOpen", params);
        return uri;
    }

    private static String example(String name) throws Exception {
        return Files.readString(Path.of("../../examples", name));
    }

    /** A file URI as editors write it: {@code file:///...}. */
    static String uri(Path p) {
        return p.toAbsolutePath().toUri().toString();
    }

    private static JsonObject position(String uri, int line, int character) {
        return json("{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"position\": {\"line\": " + line
                + ", \"character\": " + character + "}}");
    }

    private static JsonObject position(String uri, String text, int offset) {
        return json("{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"position\": " + positionJson(text, offset) + "}");
    }

    private static String positionJson(String text, int offset) {
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        int character = offset - (text.lastIndexOf('\n', offset - 1) + 1);
        return "{\"line\": " + line + ", \"character\": " + character + "}";
    }

    static JsonObject json(String s) {
        return JsonParser.parseString(s).getAsJsonObject();
    }
}
