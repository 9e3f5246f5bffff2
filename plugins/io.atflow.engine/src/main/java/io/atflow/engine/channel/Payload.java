package io.atflow.engine.channel;

import java.nio.charset.StandardCharsets;

/**
 * Data a command sends after the module asks for it: after the {@code >} prompt terminated by Ctrl-Z
 * ({@code AT+QMTPUB}), after the prompt with an exact length ({@code AT+QMTPUBEX}), or after {@code CONNECT}
 * with an exact length ({@code AT+QHTTPURL}, {@code AT+QHTTPPOST}). The channel writes it from the caller's thread.
 */
public sealed interface Payload {
    /** Ctrl-Z (SUB, 0x1A) ends a prompt payload. */
    byte CTRL_Z = 0x1A;
    /** ESC (0x1B) cancels a prompt payload. */
    byte ESC = 0x1B;

    /** The payload bytes (without the Ctrl-Z terminator); do not modify. */
    byte[] data();

    /** True when the payload follows the {@code >} prompt, false when it follows {@code CONNECT}. */
    boolean afterPrompt();

    /** The bytes that go on the wire. */
    default byte[] wireBytes() {
        return data();
    }

    /** After {@code >}: the data, then Ctrl-Z. */
    static Payload ctrlZ(byte[] data) {
        return new CtrlZ(data.clone());
    }

    static Payload ctrlZ(String text) {
        return new CtrlZ(text.getBytes(StandardCharsets.UTF_8));
    }

    /** After {@code >}: exactly these bytes, nothing else (the module counts them). */
    static Payload exact(byte[] data) {
        return new Exact(data.clone());
    }

    static Payload exact(String text) {
        return new Exact(text.getBytes(StandardCharsets.UTF_8));
    }

    /** After {@code CONNECT}: exactly these bytes, then the module answers {@code OK}. */
    static Payload afterConnect(byte[] data) {
        return new Connect(data.clone());
    }

    static Payload afterConnect(String text) {
        return new Connect(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Prompt payload terminated by Ctrl-Z. */
    record CtrlZ(byte[] data) implements Payload {
        @Override
        public boolean afterPrompt() {
            return true;
        }

        @Override
        public byte[] wireBytes() {
            byte[] wire = java.util.Arrays.copyOf(data, data.length + 1);
            wire[data.length] = CTRL_Z;
            return wire;
        }
    }

    /** Prompt payload of an exact length. */
    record Exact(byte[] data) implements Payload {
        @Override
        public boolean afterPrompt() {
            return true;
        }
    }

    /** Data-mode payload of an exact length after {@code CONNECT}. */
    record Connect(byte[] data) implements Payload {
        @Override
        public boolean afterPrompt() {
            return false;
        }
    }
}
