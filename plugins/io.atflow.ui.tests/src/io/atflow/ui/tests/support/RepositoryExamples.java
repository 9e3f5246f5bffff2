package io.atflow.ui.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's {@code examples/} folder, as the tests copy it into workspaces. */
public final class RepositoryExamples {
    private RepositoryExamples() {
    }

    /**
     * The repository root: {@code $ATFLOW_REPO}, else the first folder above the test's working directory with
     * examples/ and pom.xml.
     */
    public static Path repository() {
        String env = System.getenv("ATFLOW_REPO");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository with examples/ above " + Path.of("").toAbsolutePath());
    }

    /** {@code examples/} of the repository. */
    public static Path folder() {
        return repository().resolve("examples");
    }

    /** Copies {@code examples/} (sub-folders included) into {@code target}; returns {@code target}. */
    public static Path copyInto(Path target) throws IOException {
        Path source = folder();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }
}
