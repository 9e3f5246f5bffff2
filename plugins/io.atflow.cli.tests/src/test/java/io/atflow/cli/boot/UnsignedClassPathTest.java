package io.atflow.cli.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jar signed by the JDK's own jarsigner comes out of {@link UnsignedClassPath} as a jar the JDK's verifier sees
 * as unsigned, with every other entry byte for byte; unsigned jars and folders stay where they are.
 */
class UnsignedClassPathTest {
    @TempDir
    Path dir;

    @Test
    void signedJarsAreCopiedWithoutTheirSignatureAndTheRestIsKept() throws Exception {
        Path signed = jar("lib.jar");
        sign(signed);
        Path plain = jar("plain.jar");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertNotNull(signers(signed, "a/Data.txt"), "precondition: jarsigner signed the jar");

        String path = UnsignedClassPath.rewrite(dir.resolve("copies"),
                String.join(File.pathSeparator, signed.toString(), plain.toString(), classes.toString()));

        List<String> entries = List.of(path.split(File.pathSeparator));
        Path copy = dir.resolve("copies").resolve("lib.jar");
        assertEquals(List.of(copy.toString(), plain.toString(), classes.toString()), entries);
        assertNull(signers(copy, "a/Data.txt"), "the copy is unsigned for the JDK's verifier");
        try (JarFile original = new JarFile(signed.toFile()); JarFile unsigned = new JarFile(copy.toFile())) {
            assertArrayEquals(bytes(original, "a/Data.txt"), bytes(unsigned, "a/Data.txt"));
            assertNotNull(unsigned.getManifest());
            assertTrue(original.stream().anyMatch(e -> e.getName().endsWith(".SF")));
            assertFalse(unsigned.stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")));
            assertEquals(original.size() - 2, unsigned.size(), "only the .SF and the signature block are left out");
        }
        assertFalse(UnsignedClassPath.isSigned(plain));
    }

    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.putNextEntry(new JarEntry("a/Data.txt"));
            out.write("some class bytes".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private void sign(Path jar) throws Exception {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path store = dir.resolve("keys.p12");
        run(bin.resolve("keytool").toString(), "-genkeypair", "-keystore", store.toString(), "-storepass", "secret",
                "-keypass", "secret", "-alias", "t", "-keyalg", "EC", "-dname", "CN=test", "-validity", "2");
        run(bin.resolve("jarsigner").toString(), "-keystore", store.toString(), "-storepass", "secret",
                jar.toString(), "t");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
        assertEquals(0, p.exitValue(), command[0] + ": " + output);
    }

    /** The entry's signers after reading it fully, as the JDK's verifier reports them. */
    private static Object signers(Path jar, String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            JarEntry e = file.getJarEntry(name);
            bytes(file, name);
            return e.getCodeSigners();
        }
    }

    private static byte[] bytes(JarFile file, String name) throws IOException {
        try (InputStream in = file.getInputStream(file.getJarEntry(name))) {
            return in.readAllBytes();
        }
    }
}
