package io.atflow.sim.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.atflow.sim.at.Outcome;

/**
 * Frames what the module says, as V.250 with ATV1 does: information text and result codes between CR LF pairs,
 * consecutive information lines separated by one CR LF, the {@code > } prompt without a line end.
 */
public final class Responder {
    private static final byte[] CRLF = { '\r', '\n' };
    private final ModuleCore module;

    Responder(ModuleCore module) {
        this.module = module;
    }

    /** Information text: {@code \r\nline1\r\nline2\r\n}. */
    public void info(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(CRLF);
        for (String line : lines) {
            b.writeBytes(utf8(line));
            b.writeBytes(CRLF);
        }
        framed(b.toByteArray());
    }

    public void info(String... lines) {
        info(List.of(lines));
    }

    /** An unsolicited result code (or a delayed result such as {@code +QMTOPEN: 0,0}). */
    public void urc(String line) {
        urc(utf8(line));
    }

    /**
     * A URC whose text is not all UTF-8, e.g. {@code +QMTRECV} with a binary payload. During a data phase URCs are
     * held back and follow its final result, as on a module (they would otherwise cut into the echoed data).
     */
    public void urc(byte[] line) {
        byte[] framedLine = frame(line);
        if (module.inDataPhase()) {
            module.hold(framedLine);
        } else {
            framed(framedLine);
        }
    }

    private static byte[] frame(byte[] line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(CRLF);
        b.writeBytes(line);
        b.writeBytes(CRLF);
        return b.toByteArray();
    }

    /** Writes URCs held during a data phase. */
    void release(List<byte[]> held) {
        held.forEach(this::framed);
    }

    /** The final result code of a command, in the form AT+CMEE selects. */
    public void result(Outcome outcome) {
        if (outcome == Outcome.PENDING) {
            return;
        }
        String text = outcome.text();
        if (outcome.isCme()) {
            text = switch (module.cmee()) {
                case 0 -> Outcome.ERROR.text();
                case 2 -> "+CME ERROR: " + outcome.verboseText();
                default -> outcome.text();
            };
        }
        framed(frame(utf8(text)));
    }

    /** The data prompt {@code \r\n> }. */
    public void prompt() {
        framed(new byte[] { '\r', '\n', '>', ' ' });
    }

    /** Bytes exactly as given (echo, data read back to the host). */
    public void raw(byte[] bytes) {
        module.emit(bytes);
    }

    private void framed(byte[] bytes) {
        byte[] noise = module.shaping().noiseBurst();
        if (noise.length > 0) {
            module.emit(noise);
        }
        module.emit(bytes);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
