package io.atflow.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * An editor opened on a home directory or a monorepo: 20,400 unrelated files under the root (20,000 plain documents,
 * which are walked, and dependencies, VCS and build output, which are skipped by name: their size does not matter to a
 * correct server, and a script inside them shows whether it skips them). {@code initialize} is answered and the opened
 * script's diagnostics arrive (each within the client's bounded wait, never a hang); scripts in build and VCS folders
 * are not indexed (their errors are never published). How fast is a benchmark's question, not a test's:
 * {@code bench/startup/run.sh} times {@code initialize}; the durations measured here are printed for the record only.
 */
class LspBigWorkspaceTest {
    @Test
    void answersAndIndexesOnlyScriptsOutsideBuildAndVcsFolders(@TempDir Path root) throws Exception {
        int files = fill(root.resolve("node_modules/pkg"), 100, ".js") + fill(root.resolve(".git/objects"), 100, "")
                + fill(root.resolve("target/classes"), 100, ".class") + fill(root.resolve("build/out"), 100, ".o")
                + fill(root.resolve("docs"), 20_000, ".txt");
        assertEquals(20_400, files);
        // broken scripts where nobody edits them: indexing them would publish their errors
        for (String hidden : new String[] {"node_modules/pkg/x.atflow", ".git/x.atflow", "target/x.atflow",
                "build/x.atflow"}) {
            Files.writeString(root.resolve(hidden), "send AT+NOSUCHCMD\n");
        }
        Files.writeString(root.resolve("docs/indexed.atflow"), "send AT+NOSUCHCMD\n");
        Path script = root.resolve("flows/main.atflow");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "step \"s\" {\n  send AT+QMTOPN=0,\"h\",1883\n}\n");

        try (StdioLspClient lsp = new StdioLspClient(root)) {
            // timed from the moment the server reads requests: the JVM's own start-up is the same for any workspace
            assertTrue(lsp.awaitReady(), lsp.stderr());
            long start = System.nanoTime();
            lsp.call("initialize", LspEndToEndTest.json("{\"processId\": null, \"rootUri\": \""
                    + LspEndToEndTest.uri(root) + "\", \"capabilities\": {}}"));
            Duration initialize = Duration.ofNanos(System.nanoTime() - start);
            lsp.notify("initialized", new JsonObject());

            String uri = LspEndToEndTest.uri(script);
            JsonObject doc = new JsonObject();
            doc.addProperty("uri", uri);
            doc.addProperty("languageId", "atflow");
            doc.addProperty("version", 1);
            doc.addProperty("text", Files.readString(script));
            JsonObject open = new JsonObject();
            open.add("textDocument", doc);
            start = System.nanoTime();
            lsp.notify("textDocument/didOpen", open);
            JsonObject published = lsp.awaitNotification("textDocument/publishDiagnostics",
                    p -> uri.equals(p.get("uri").getAsString()) && !p.getAsJsonArray("diagnostics").isEmpty());
            Duration diagnostics = Duration.ofNanos(System.nanoTime() - start);
            JsonArray found = published.getAsJsonArray("diagnostics");
            assertEquals("atflow.unknown-command", found.get(0).getAsJsonObject().get("code").getAsString());

            System.out.printf("%,d-file workspace: initialize %d ms, first diagnostics %d ms%n", files,
                    initialize.toMillis(), diagnostics.toMillis());

            // a script outside the skipped folders is indexed (its errors are published); none inside them is
            String indexed = LspEndToEndTest.uri(root.resolve("docs/indexed.atflow"));
            lsp.awaitNotification("textDocument/publishDiagnostics", p -> indexed.equals(p.get("uri").getAsString()));
            JsonArray all = lsp.publishedUris();
            for (var u : all) {
                String s = u.getAsString();
                assertTrue(!s.contains("/node_modules/") && !s.contains("/.git/") && !s.contains("/target/")
                        && !s.contains("/build/"), "indexed " + s);
            }
        }
    }

    /** {@code count} empty files in folders of 500 under {@code dir}. */
    private static int fill(Path dir, int count, String suffix) throws IOException {
        for (int i = 0; i < count; i++) {
            Path folder = dir.resolve("d" + i / 500);
            if (i % 500 == 0) {
                Files.createDirectories(folder);
            }
            Files.createFile(folder.resolve("f" + i + suffix));
        }
        return count;
    }
}
