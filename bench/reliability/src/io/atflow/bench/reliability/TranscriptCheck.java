package io.atflow.bench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.atflow.engine.transcript.Transcript;
import io.atflow.engine.transcript.TranscriptEntry;
import io.atflow.engine.transcript.TranscriptEntry.Kind;
import io.atflow.engine.transcript.TranscriptReader;

/**
 * Reads a transcript back and says how complete it is, in one line: entries by kind, whether every command sent has
 * its result, whether the session's end was recorded, whether the last line was cut. With a module log (one command
 * line per line, as bench/reliability/responder.py writes it) it also checks that no command the module received is
 * missing from the transcript. Exit 0 when it reads back (and, with a log, nothing the module saw is missing).
 * Usage: {@code TranscriptCheck TRANSCRIPT [MODULE-LOG]}.
 */
public final class TranscriptCheck {
    private TranscriptCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        if (!Files.exists(file)) {
            System.out.println("transcript missing");
            System.exit(1);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Transcript t;
        try {
            t = TranscriptReader.parse(text, file.toString());
        } catch (IOException e) {
            System.out.println("transcript does not read back: " + e.getMessage());
            System.exit(1);
            return;
        }
        boolean cut = !text.isEmpty() && !text.endsWith("\n");
        int tx = commands(t.entries(Kind.TX));
        int res = t.entries(Kind.RES).size();
        List<TranscriptEntry> notes = t.entries(Kind.NOTE);
        boolean closed = !notes.isEmpty() && notes.get(notes.size() - 1).text().startsWith("closed:");
        StringBuilder out = new StringBuilder();
        out.append(t.entries().size()).append(" entries (").append(tx).append(" commands, ").append(res)
                .append(" results, ").append(t.entries(Kind.URC).size()).append(" URCs)");
        out.append(res >= tx ? ", every command has its result" : ", " + (tx - res) + " without result");
        out.append(closed ? ", end recorded" : ", no end recorded");
        if (cut) {
            out.append(", last line cut");
        }
        int status = 0;
        if (args.length > 1) {
            long received = Files.readAllLines(Path.of(args[1])).size();
            out.append("; module received ").append(received).append(" commands");
            if (tx < received) {
                out.append(", ").append(received - tx).append(" missing from the transcript");
                status = 1;
            } else {
                out.append(", none missing");
            }
            if (res < tx - 1) {
                out.append(", ").append(tx - 1 - res).append(" results lost before the last command");
                status = 1;
            }
        }
        System.out.println(out);
        System.exit(status);
    }

    /** TX entries that end a command line (payload writes are TX entries too). */
    private static int commands(List<TranscriptEntry> tx) {
        int n = 0;
        for (TranscriptEntry e : tx) {
            byte[] b = e.bytes();
            if (b.length > 0 && b[b.length - 1] == '\r') {
                n++;
            }
        }
        return n;
    }
}
