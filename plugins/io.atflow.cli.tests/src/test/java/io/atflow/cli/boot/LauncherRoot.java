package io.atflow.cli.boot;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import io.atflow.cli.CliJvm;

/**
 * A scratch copy of the project's launcher ({@code ./atflow}, {@code releng/build-env.sh} and the CLI's
 * {@code jvm.options}) with a CLI "built" from this test's class path: the jar of the CLI's compiled classes and
 * {@code cli.classpath} listing the rest, as the Maven build leaves them. Runs the launcher as a user does, without
 * building ({@code ATFLOW_NO_BUILD=1}).
 */
final class LauncherRoot {
    /** What one launcher run printed and returned. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private final Path root;
    private final Path cli;
    private static final String CLI_JAR = "io.atflow.cli-0.0.0.jar";
    private final Map<String, String> env = new HashMap<>();
    /** A copy of one jar of the class path, which {@link #rebuildDependency} touches. */
    private Path dependency;

    private LauncherRoot(Path root) {
        this.root = root;
        this.cli = root.resolve("plugins/io.atflow.cli/target");
    }

    /** Sets up the scratch project in {@code dir}, running on {@code javaHome}. */
    static LauncherRoot create(Path dir, Path javaHome) throws IOException {
        Path project = Path.of("").toAbsolutePath().resolve("../..").normalize();
        LauncherRoot r = new LauncherRoot(dir.resolve("project"));
        Files.createDirectories(r.root.resolve("releng"));
        Files.copy(project.resolve("atflow"), r.root.resolve("atflow"));
        Files.copy(project.resolve("releng/build-env.sh"), r.root.resolve("releng/build-env.sh"));
        Files.createDirectories(r.cli);
        Files.copy(CliJvm.OPTIONS, r.cli.resolveSibling("jvm.options"));
        List<String> rest = new ArrayList<>();
        Path classes = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            // the CLI's classes folder (an IDE's class path) or its jar (the build's class path of io.atflow.cli.tests)
            if (p.endsWith("io.atflow.cli/target/classes") || isCliJar(p)) {
                classes = p;
            } else if (r.dependency == null && p.getFileName().toString().startsWith("gson-")) {
                r.dependency = Files.copy(p, Files.createDirectories(r.root.resolve("lib")).resolve(p.getFileName()));
                rest.add(r.dependency.toString());
            } else if (!p.endsWith("test-classes") && !p.endsWith("io.atflow.cli.tests/target/classes")) {
                rest.add(p.toString());
            }
        }
        if (classes == null || r.dependency == null) {
            throw new IllegalStateException("the CLI's classes or Gson are not on the test class path");
        }
        if (Files.isDirectory(classes)) {
            jar(classes, r.cli.resolve(CLI_JAR));
        } else {
            Files.copy(classes, r.cli.resolve(CLI_JAR));
        }
        Files.writeString(r.cli.resolve("cli.classpath"), String.join(File.pathSeparator, rest));
        r.env.put("ATFLOW_NO_BUILD", "1");
        r.env.put("ATFLOW_CACHE", dir.resolve("cache").toString());
        r.env.put("ATFLOW_JAVA_HOME", javaHome.toString());
        return r;
    }

    /** The CLI's jar, packaged by this build or taken from the local Maven repository ({@code -pl}). */
    private static boolean isCliJar(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("io.atflow.cli-") && name.endsWith(".jar");
    }

    /** The launcher's cache folder ({@code target/cds}). */
    Path caches() {
        return cli.resolve("cds");
    }

    Path cliTarget() {
        return cli;
    }

    /** File names in {@link #caches()} starting with {@code prefix}, sorted. */
    List<String> cacheFiles(String prefix) throws IOException {
        if (!Files.isDirectory(caches())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(caches())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    /** Makes the CLI jar look rebuilt: newer than the class path the launcher derived from it. */
    void rebuildCli() throws IOException {
        rebuilt(cli.resolve(CLI_JAR));
    }

    /** Makes a bundle of the class path look rebuilt (reinstalled in the repository), the CLI jar unchanged. */
    void rebuildDependency() throws IOException {
        rebuilt(dependency);
    }

    private void rebuilt(Path jar) throws IOException {
        Instant now = Instant.now();
        Files.setLastModifiedTime(cli.resolve("boot.classpath"), FileTime.from(now.minusSeconds(3600)));
        Files.setLastModifiedTime(jar, FileTime.from(now));
    }

    Process start(Map<String, String> extraEnv, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(root.resolve("atflow").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().putAll(env);
        pb.environment().putAll(extraEnv);
        return pb.start();
    }

    Result run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Process p = start(extraEnv, args);
        p.getOutputStream().close();
        return finish(p);
    }

    static Result finish(Process p) throws IOException, InterruptedException {
        var err = p.getErrorStream();
        var errText = new StringBuilder();
        Thread drain = Thread.ofVirtual().start(() -> {
            try {
                errText.append(new String(err.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                errText.append(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the launcher did not finish within 180 s");
        }
        drain.join(10_000);
        return new Result(p.exitValue(), out, errText.toString());
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
