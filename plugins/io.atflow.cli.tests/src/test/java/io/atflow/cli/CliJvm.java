package io.atflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a command line that runs the CLI's JVM as {@code ./atflow} does: this test's Java, the options of
 * {@code plugins/io.atflow.cli/jvm.options}, and what the launcher adds on JDK 23+ (releng/build-env.sh). Tests that
 * start {@code atflow} in a process of its own append the class path, {@code io.atflow.cli.Main} and the arguments.
 */
public final class CliJvm {
    /** The project's root: the tests run in their bundle's folder. */
    public static final Path PROJECT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    /** The launcher's options file. */
    public static final Path OPTIONS = PROJECT.resolve("plugins/io.atflow.cli/jvm.options");

    private CliJvm() {
    }

    /** {@code java @jvm.options [--sun-misc-unsafe-memory-access=allow]}. */
    public static List<String> command() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "@" + OPTIONS));
        if (Runtime.version().feature() >= 23) {
            // Guice and Netty still use sun.misc.Unsafe: the launcher keeps JDK 23+ from warning about it
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        return command;
    }
}
