package io.atflow.platform.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-backed registry: created with defaults, changes written through atomically, secret references. */
class RegistryTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsCreatedWithTheDefaults() throws Exception {
        Path file = dir.resolve("sub/registry.txt");
        Registry r = Registry.load(file);
        assertEquals(Optional.of(file.toAbsolutePath()), r.file());
        assertEquals(DefaultRegistry.TEXT, Files.readString(file));
    }

    @Test
    void updatesAreWrittenThroughAndKeepHandEdits() throws Exception {
        Path file = dir.resolve("registry.txt");
        Files.writeString(file, "# my products\nproduct p1 secret=s   dynamic-registration=yes\n\n# devices\n"
                + "device p1/abcd activated=no\ndevice p1/wxyz    activated=no   \n# end\n");
        Registry r = Registry.load(file);
        r.update("p1", "abcd", d -> d.withSecret("0011").withActivated(true));
        r.update("p1", "efgh", d -> Device.fresh("p1", "efgh").withToken("C000100", "^1^5^ab"));
        assertEquals("# my products\nproduct p1 secret=s   dynamic-registration=yes\n\n# devices\n"
                + "device  p1/abcd secret=0011 activated=yes\ndevice p1/wxyz    activated=no   \n# end\n"
                + "device  p1/efgh activated=no client-id=C000100 token=^1^5^ab\n", Files.readString(file));
        Registry again = Registry.load(file);
        assertEquals("0011", again.device("p1", "abcd").orElseThrow().deviceSecret());
        assertEquals("^1^5^ab", again.secret("p1/efgh/token").orElseThrow());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aFailedWriteLeavesTheRegistryUnchanged() throws Exception {
        Path file = dir.resolve("registry.txt");
        Registry r = Registry.load(file);
        Files.delete(file);
        Files.createDirectories(file.resolve("in-the-way")); // the rename onto a non-empty directory fails
        RegistryException e = assertThrows(RegistryException.class, () -> r.update("i2uq9ORmOSM", "Kit001",
                d -> Device.fresh("i2uq9ORmOSM", "Kit001")));
        assertTrue(e.getMessage().startsWith("cannot write the registry file " + file.toAbsolutePath() + ": "),
                e.getMessage());
        assertTrue(r.device("i2uq9ORmOSM", "Kit001").isEmpty());
        assertEquals(DefaultRegistry.TEXT, r.text());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anUnreadableFileIsOneSentence() throws Exception {
        Path file = dir.resolve("registry.txt");
        Files.createDirectory(file);
        RegistryException e = assertThrows(RegistryException.class, () -> Registry.load(file));
        assertTrue(e.getMessage().startsWith("cannot read the registry file " + file.toAbsolutePath() + ": "),
                e.getMessage());
    }

    @Test
    void parseErrorsOfAFileNameItsPath() throws Exception {
        Path file = dir.resolve("registry.txt");
        Files.writeString(file, "product p1 secret=s\nproduct p2\n");
        RegistryException e = assertThrows(RegistryException.class, () -> Registry.load(file));
        assertEquals(file.toAbsolutePath() + ":2: product p2 needs secret=<ProductSecret>", e.getMessage());
    }

    @Test
    void secretReferences() {
        Registry r = Registry.defaults();
        assertEquals(Optional.of("c4fa40df9c8078073d75a26be2bc8f58"), r.secret("i2uqc2dloOl/device001"));
        assertEquals(Optional.of(DefaultRegistry.SMART_METER_SECRET), r.secret("i2uqZnX9tZK"));
        assertEquals(Optional.empty(), r.secret("i2uqc2dloOl/nobody"));
        assertEquals(Optional.empty(), r.secret("i2uqc2dloOl/device001/token"));
        assertEquals(Optional.empty(), r.secret("nothing"));
        assertEquals(Optional.empty(), r.secret("a/b/c/d"));
    }

    @Test
    void updatesMustNotRenameOrInventProducts() {
        Registry r = Registry.defaults();
        assertThrows(IllegalArgumentException.class, () -> r.update("nope", "abcd", d -> Device.fresh("nope",
                "abcd")));
        assertThrows(IllegalArgumentException.class, () -> r.update("i2uqc2dloOl", "device001",
                d -> Device.fresh("i2uqc2dloOl", "device002")));
    }
}
