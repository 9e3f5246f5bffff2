package io.atflow.lang.ide.codeactions;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.xtext.ide.server.Document;

import io.atflow.lang.secrets.HeadlessSecretResolver;

/**
 * Where a secret moved out of a script goes in an editor without secure storage: the git-ignored
 * {@value HeadlessSecretResolver#FILE} next to the script, which {@code atflow check}, {@code run} and the language
 * server resolve {@code secret("...")} from. The edit adds {@code name=value}, or replaces the line of that name.
 */
record SecretsFileEdit(Path file, boolean exists, int offset, int length, String text, Document before) {

    /** The edit for {@code scriptUri}'s folder, or empty when the script is not a local file. */
    static Optional<SecretsFileEdit> of(String scriptUri, String name, String value) {
        Path script;
        try {
            script = Path.of(URI.create(scriptUri));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
        Path file = script.resolveSibling(HeadlessSecretResolver.FILE);
        String current = "";
        boolean exists = Files.isRegularFile(file);
        if (exists) {
            try {
                current = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        String line = escape(name, true) + "=" + escape(value, false);
        Document doc = new Document(1, current);
        int at = lineOf(current, escape(name, true));
        if (at >= 0) {
            int end = current.indexOf('\n', at);
            end = end < 0 ? current.length() : end;
            end = end > at && current.charAt(end - 1) == '\r' ? end - 1 : end;
            return Optional.of(new SecretsFileEdit(file, true, at, end - at, line, doc));
        }
        String prefix = current.isEmpty() || current.endsWith("\n") ? "" : "\n";
        return Optional.of(new SecretsFileEdit(file, exists, current.length(), 0, prefix + line + "\n", doc));
    }

    String uri() {
        return file.toUri().toString();
    }

    /** Offset of the line that defines {@code key} (as written), or -1. */
    private static int lineOf(String text, String key) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).stripLeading();
            if (line.startsWith(key)) {
                String rest = line.substring(key.length()).stripLeading();
                if (rest.startsWith("=") || rest.startsWith(":")) {
                    return start + (text.substring(start, end).length() - line.length());
                }
            }
            start = end + 1;
        }
        return -1;
    }

    /** Properties-file escaping (keys also escape the separators and blanks). */
    private static String escape(String s, boolean key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '=', ':', '#', '!' -> b.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                case ' ' -> b.append(key || i == 0 ? "\\ " : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
