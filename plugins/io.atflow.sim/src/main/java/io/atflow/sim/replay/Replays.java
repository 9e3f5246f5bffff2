package io.atflow.sim.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.atflow.engine.transcript.TranscriptFormatException;

/** Loads a log for replay, whichever of the two formats it is (ATFlow transcript or {@code >>} module log). */
public final class Replays {
    private Replays() {
    }

    /**
     * @throws IOException with one sentence naming the file (and line) when it is missing, unreadable or malformed,
     *                     or its header declares a setting the simulator does not know
     */
    public static ModuleLog load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        }
        return parse(file.toString(), text);
    }

    public static ModuleLog parse(String source, String text) throws IOException {
        ModuleLog log;
        try {
            log = TranscriptLog.isTranscript(text) ? TranscriptLog.parse(source, text)
                    : ModuleLogParser.parse(source, text);
        } catch (TranscriptFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        log = log.withSetup(ReplaySetupParser.parse(source, text));
        if (log.exchanges().isEmpty()) {
            throw new IOException(source + ": no AT command found; a replay needs the commands (echoed in a >> log,"
                    + " or TX entries of a transcript)");
        }
        return log;
    }
}
