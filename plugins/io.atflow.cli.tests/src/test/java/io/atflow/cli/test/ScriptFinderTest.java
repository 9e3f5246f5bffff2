package io.atflow.cli.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.CliException;
import io.atflow.lang.AtFlowLanguage;

/** Which scripts a folder holds: every .atflow that no script of the folder includes. */
class ScriptFinderTest {
    @TempDir
    Path dir;

    private final ScriptFinder finder = new ScriptFinder(AtFlowLanguage.loader());

    @Test
    void theExamplesFolderHoldsEightScriptsAndTwoIncludedFiles() throws Exception {
        Path examples = Path.of("../../examples");
        List<String> found = finder.find(List.of(examples)).stream().map(p -> examples.relativize(p).toString())
                .toList();
        // examples/README.md lists 1-8; common/network.atflow and common/instance.atflow are included by them
        assertEquals(List.of("1-network-bring-up.atflow", "2-one-device-one-secret-aliauth.atflow",
                "3-one-device-one-secret-credentials.atflow", "4-one-product-one-secret-register.atflow",
                "5-one-product-one-secret-regnwl.atflow", "6-https-registration.atflow", "7-property-post.atflow",
                "8-tls-server-authentication.atflow"),
                found);
    }

    @Test
    void includesResolveRelativeToTheIncludingFile() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.createDirectories(dir.resolve("suite"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve("lib/net.atflow"), "include \"deeper.atflow\"\nsend AT\n");
        Files.writeString(dir.resolve("lib/deeper.atflow"), "send AT\n");
        Files.writeString(dir.resolve("lib/unused.atflow"), "send AT\n");
        Files.writeString(dir.resolve("suite/main.atflow"), "include \"../lib/net.atflow\"\nsend ATI\n");
        Files.writeString(dir.resolve(".hidden/x.atflow"), "send AT\n");
        Files.writeString(dir.resolve("notes.txt"), "not a script");
        assertEquals(List.of(dir.resolve("lib/unused.atflow"), dir.resolve("suite/main.atflow")),
                finder.find(List.of(dir)));
    }

    @Test
    void filesGivenRunEvenWhenIncludedAndOnce() throws Exception {
        Path lib = Files.writeString(dir.resolve("lib.atflow"), "send AT\n");
        Path main = Files.writeString(dir.resolve("main.atflow"), "include \"lib.atflow\"\n");
        assertEquals(List.of(lib, main), finder.find(List.of(lib, main, dir.resolve("./lib.atflow"))));
    }

    @Test
    void aFolderWithoutScriptsIsAUsageError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliException e = assertThrows(CliException.class, () -> finder.find(List.of(empty)));
        assertEquals("no .atflow scripts to run in " + empty, e.getMessage());
    }
}
