package io.atflow.engine.transcript;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.atflow.engine.channel.Timebase;

/**
 * Writes every byte in both directions, and annotations, in the {@link TranscriptFormat}, with secrets masked.
 *
 * <p>
 * Each entry is written with one {@code write} call on an unbuffered stream, so a killed process loses at most the
 * entry being formed. Entries of bytes received with {@link #rxHeld} wait until those bytes were classified and go
 * out in one {@code write} with the annotation they led to (a command's {@code RES}, a {@code URC}), or at
 * {@link #endOfRead()}: then a killed process loses at most the entries of the read being classified, never an entry
 * of a result the caller has seen, and never a {@code TX} (written before the bytes are sent). Received bytes are grouped per line: an {@code RX} entry ends after a line end that follows
 * text, or when the chunk ends with a line end; a partial line waits for the rest, for the next {@code TX} (so
 * entries stay in order) or {@link #flush()}. Thread-safe. Write failures (disk full) stop the transcript; they are
 * reported by {@link #failure()} instead of disturbing the session.
 */
public final class TranscriptWriter implements Closeable {
    /** A partial received line longer than this is written out without waiting for its end. */
    public static final int MAX_PENDING = 4096;
    /** Held entries beyond this size are written without waiting for the end of the read. */
    private static final int MAX_HELD = 16 * 1024;

    private final OutputStream out;
    private final Timebase timebase;
    private final SecretMasker masker;
    private final SecretMasker.Stream rxMask;
    private final byte[] pending = new byte[MAX_PENDING];
    private int pendingLength;
    private long pendingNanos;
    private boolean pendingHasText;
    private boolean pendingEndsLine;
    /** Entries formatted but not yet written (one {@code write} for all of them). */
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream(1024);
    private boolean holding;
    private IOException failure;
    private boolean closed;

    /** Writes the header at once. */
    public TranscriptWriter(OutputStream out, String port, Timebase timebase, SecretMasker masker) {
        this.out = out;
        this.timebase = timebase;
        this.masker = masker;
        this.rxMask = masker.stream();
        String start = DateTimeFormatter.ISO_INSTANT.format(timebase.start().truncatedTo(ChronoUnit.MICROS));
        writeLine(TranscriptFormat.MAGIC + " " + TranscriptFormat.VERSION + " start=" + start + " port="
                + masker.mask(port.replace('\n', ' ').replace('\r', ' ')) + "\n");
    }

    /** Creates (or replaces) {@code file}. */
    public static TranscriptWriter create(Path file, String port, Timebase timebase, SecretMasker masker)
            throws IOException {
        return new TranscriptWriter(new FileOutputStream(file.toFile()), port, timebase, masker);
    }

    public synchronized void tx(long nanos, byte[] data, int offset, int length) {
        flushPending();
        entry(nanos, TranscriptEntry.Kind.TX, masker.mask(data, offset, length));
    }

    public synchronized void rx(long nanos, byte[] data, int offset, int length) {
        receive(nanos, data, offset, length);
    }

    /**
     * Like {@link #rx}, but the entries wait until the bytes were classified: they are written with the next
     * annotation, {@code TX}, {@link #endOfRead()}, {@link #flush()} or {@link #close()}.
     */
    public synchronized void rxHeld(long nanos, byte[] data, int offset, int length) {
        holding = true;
        receive(nanos, data, offset, length);
    }

    /** The bytes of the last {@link #rxHeld} were classified: writes the entries still held. */
    public synchronized void endOfRead() {
        holding = false;
        writeBatch();
    }

    private void receive(long nanos, byte[] data, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = data[i];
            boolean lineEnd = b == '\r' || b == '\n';
            if (!lineEnd && pendingEndsLine) {
                flushPending();
            }
            if (pendingLength == 0) {
                pendingNanos = nanos;
            }
            pending[pendingLength++] = b;
            if (lineEnd) {
                pendingEndsLine = pendingHasText;
                if (b == '\n' && pendingHasText) {
                    flushPending();
                }
            } else {
                pendingHasText = true;
            }
            if (pendingLength == MAX_PENDING) {
                flushPending();
            }
        }
        if (pendingEndsLine) {
            flushPending();
        }
    }

    /** An annotation: {@code URC}, {@code RES} or {@code NOTE} text (masked here). */
    public synchronized void note(long nanos, TranscriptEntry.Kind kind, String text) {
        if (kind == TranscriptEntry.Kind.TX || kind == TranscriptEntry.Kind.RX) {
            throw new IllegalArgumentException("annotations are URC, RES or NOTE");
        }
        entry(nanos, kind, masker.mask(text).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a held partial line and held entries now. */
    public synchronized void flush() {
        flushPending();
        writeBatch();
    }

    /** The first write failure, or null. */
    public synchronized IOException failure() {
        return failure;
    }

    /** Flushes held bytes (a held secret prefix is masked) and closes the file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        flushPending();
        byte[] rest = rxMask.finish();
        if (rest.length > 0) {
            entry(System.nanoTime(), TranscriptEntry.Kind.RX, rest);
        }
        writeBatch();
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void flushPending() {
        if (pendingLength > 0) {
            byte[] shown = rxMask.feed(pending, 0, pendingLength);
            if (shown.length > 0) {
                entry(pendingNanos, TranscriptEntry.Kind.RX, shown);
            }
        }
        pendingLength = 0;
        pendingHasText = false;
        pendingEndsLine = false;
    }

    /** Formats the entry as {@link TranscriptEntry#format()} does, straight into the batch. */
    private void entry(long nanos, TranscriptEntry.Kind kind, byte[] bytes) {
        if (closed || failure != null) {
            return;
        }
        TranscriptFormat.seconds(timebase.micros(nanos), batch);
        batch.write(' ');
        batch.writeBytes(kind.tag);
        batch.write(' ');
        TranscriptFormat.escape(bytes, 0, bytes.length, batch);
        batch.write('\n');
        if (!holding || kind != TranscriptEntry.Kind.RX || batch.size() >= MAX_HELD) {
            writeBatch();
        }
    }

    private void writeLine(String line) {
        if (closed || failure != null) {
            return;
        }
        batch.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        writeBatch();
    }

    private void writeBatch() {
        if (batch.size() == 0) {
            return;
        }
        try {
            if (!closed && failure == null) {
                batch.writeTo(out);
                out.flush();
            }
        } catch (IOException e) {
            failure = e;
        } finally {
            batch.reset();
        }
    }
}
