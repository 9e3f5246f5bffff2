package io.atflow.engine.transcript;

import java.time.Instant;
import java.util.List;

/**
 * A parsed transcript.
 *
 * @param version the format version from the header
 * @param start   when the session started
 * @param port    the port description from the header, e.g. {@code serial /dev/ttyUSB2 115200 8N1}
 * @param entries the entries in file order
 */
public record Transcript(int version, Instant start, String port, List<TranscriptEntry> entries) {
    public Transcript {
        entries = List.copyOf(entries);
    }

    /** The entries of one kind, e.g. every {@code RX}. */
    public List<TranscriptEntry> entries(TranscriptEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }
}
