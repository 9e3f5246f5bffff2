package io.atflow.cli.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.atflow.cli.CliException;

/** Adds one line to a {@code .gitattributes} file unless an equivalent line is already there. */
final class GitAttributes {
    private GitAttributes() {
    }

    /** @return true when the line was added, false when the file already had it */
    static boolean ensure(Path file, String line) throws CliException {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            List<String> wanted = words(line);
            if (text.lines().map(GitAttributes::words).anyMatch(wanted::equals)) {
                return false;
            }
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            Files.writeString(file, text + separator + line + "\n", StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw CliException.usage("cannot update " + file + ": " + e.getMessage());
        }
    }

    private static List<String> words(String line) {
        return Arrays.asList(line.strip().split("\\s+"));
    }
}
