package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;

import io.atflow.lang.secrets.SecretResolver;
import io.atflow.secrets.SecureStorageSecrets;
import io.atflow.secrets.WorkbenchSecrets;

/** Secrets in Eclipse secure storage: encrypted, by name (slashes included), never prompting in tests. */
class SecureStorageSecretsTest {

    @Test
    void storedSecretsResolveEncryptedAndCanBeRemoved() throws StorageException, IOException {
        Path dir = Files.createTempDirectory("atflow-storage");
        Path file = dir.resolve("secure_storage");
        SecureStorageSecrets s = SecureStorageSecrets.at(file.toUri().toURL(), Map.of(IProviderHints.PROMPT_USER, false,
                IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-only".toCharArray())));
        assertEquals(Optional.empty(), s.resolve(Scripts.SECRET_NAME, null));
        s.store(Scripts.SECRET_NAME, Scripts.DEVICE_SECRET);
        s.store("i2uqZnX9tZK", "product-secret");
        assertEquals(Optional.of(Scripts.DEVICE_SECRET), s.resolve(Scripts.SECRET_NAME, null));
        assertEquals(List.of("i2uqZnX9tZK", Scripts.SECRET_NAME), s.names());
        String onDisk = Files.readString(file);
        assertFalse(onDisk.contains(Scripts.DEVICE_SECRET), "the value is encrypted");
        assertTrue(onDisk.contains("io.atflow"), onDisk);
        assertTrue(s.remove(Scripts.SECRET_NAME));
        assertEquals(Optional.empty(), s.resolve(Scripts.SECRET_NAME, null));
        assertFalse(s.remove(Scripts.SECRET_NAME));
    }

    @Test
    void workbenchResolverFallsBackToTheHeadlessSources() throws IOException {
        Path dir = Files.createTempDirectory("atflow-storage");
        SecureStorageSecrets empty = SecureStorageSecrets.at(dir.resolve("s").toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, false));
        SecretResolver headless = new SecretResolver() {
            @Override
            public Optional<String> resolve(String name, Path scriptDir) {
                return name.equals("env-only") ? Optional.of("from-env") : Optional.empty();
            }

            @Override
            public String hint(String name) {
                return "set ATFLOW_SECRET_X";
            }
        };
        WorkbenchSecrets w = new WorkbenchSecrets(empty, headless);
        assertEquals(Optional.of("from-env"), w.resolve("env-only", null));
        assertEquals(Optional.empty(), w.resolve("nowhere", null));
        assertTrue(w.hint("x").contains("Set secret x") && w.hint("x").contains("ATFLOW_SECRET_X"), w.hint("x"));
    }
}
