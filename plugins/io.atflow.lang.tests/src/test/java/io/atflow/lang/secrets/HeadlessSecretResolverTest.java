package io.atflow.lang.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environment first, then .atflow-secrets next to the script, then in the working directory. */
class HeadlessSecretResolverTest {
    @TempDir
    Path dir;

    @Test
    void lookupOrder() throws IOException {
        Path script = Files.createDirectories(dir.resolve("scripts"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(script.resolve(".atflow-secrets"), "pk/dev=from-script\nboth=script\n");
        Files.writeString(work.resolve(".atflow-secrets"), "other=from-work\nboth=work\n");
        HeadlessSecretResolver r = new HeadlessSecretResolver(Map.of("ATFLOW_SECRET_PK_DEV", "from-env")::get, work);
        assertEquals(Optional.of("from-env"), r.resolve("pk/dev", script));
        assertEquals(Optional.of("script"), r.resolve("both", script));
        assertEquals(Optional.of("from-work"), r.resolve("other", script));
        assertEquals(Optional.empty(), r.resolve("missing", script));
        assertEquals("ATFLOW_SECRET_I2UQC2DLOOL_DEVICE001", HeadlessSecretResolver.variableName("i2uqc2dloOl/device001"));
        assertEquals("set ATFLOW_SECRET_X_Y or add x.y=... to .atflow-secrets", r.hint("x.y"));
    }
}
