package io.atflow.lang.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server indexes .atflow files only, and none in build output, dependency or VCS folders. */
class ScriptFileScannerTest {

    @Test
    void scriptsOutsideSkippedFoldersOnly(@TempDir Path root) throws Exception {
        for (String f : List.of("a.atflow", "flows/b.atflow", "flows/notes.txt", "flows/c.atflow.bak",
                "node_modules/m/x.atflow", ".git/x.atflow", ".metadata/x.atflow", "target/x.atflow", "build/x.atflow",
                "bin/x.atflow", "flows/target/y.atflow", "targets/z.atflow")) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), "");
        }
        List<String> found = new ArrayList<>();
        new ScriptFileScanner().scan(URI.createFileURI(root.toString()),
                u -> found.add(root.relativize(Path.of(u.toFileString())).toString()));
        found.sort(null);
        assertEquals(List.of("a.atflow", "flows/b.atflow", "targets/z.atflow"), found);
    }
}
