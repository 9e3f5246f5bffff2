package io.atflow.run.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.atflow.engine.transcript.SecretMasker;

/**
 * Masks, after a run, the secrets that became known while it ran in its transcript. The session already masks
 * credential fields as they arrive; this pass catches a value that was written before it became known (one first
 * seen outside a credential field, or a field cut by the transcript's 4 KiB entry limit). The file is replaced
 * atomically; unchanged when there is nothing to mask.
 */
public final class TranscriptScrub {
    private TranscriptScrub() {
    }

    public static void scrub(Path transcript, Collection<String> secrets) throws IOException {
        if (!Files.isRegularFile(transcript)) {
            return;
        }
        String text = Files.readString(transcript, StandardCharsets.UTF_8);
        String masked = SecretFields.mask(text, v -> { });
        List<String> longestFirst = secrets.stream().filter(v -> v != null && !v.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : longestFirst) {
            masked = masked.replace(secret, SecretMasker.MASK);
        }
        if (masked.equals(text)) {
            return;
        }
        Path temp = transcript.resolveSibling(transcript.getFileName() + ".tmp");
        Files.writeString(temp, masked, StandardCharsets.UTF_8);
        Files.move(temp, transcript, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
