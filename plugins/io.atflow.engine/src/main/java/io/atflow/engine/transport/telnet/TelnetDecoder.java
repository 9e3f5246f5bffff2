package io.atflow.engine.transport.telnet;

import java.io.ByteArrayOutputStream;

/**
 * Splits the bytes from a telnet peer into data, option commands ({@code IAC WILL/WONT/DO/DONT option}) and
 * subnegotiations ({@code IAC SB option ... IAC SE}); a doubled IAC is one data byte 255, in data and in
 * subnegotiations. Other two-byte commands (NOP, GA, ...) are dropped. Keeps its state across {@link #feed} calls,
 * so a command split over two reads is decoded whole.
 */
public final class TelnetDecoder {
    /** What the decoder found. */
    public interface Listener {
        /** Data bytes, in order. */
        void data(byte[] bytes);

        void command(int verb, int option);

        void subnegotiation(int option, byte[] payload);
    }

    private enum State { DATA, IAC, OPTION, SB_OPTION, SB, SB_IAC }

    private final Listener listener;
    private State state = State.DATA;
    private int verb;
    private int sbOption;
    private final ByteArrayOutputStream sb = new ByteArrayOutputStream();

    public TelnetDecoder(Listener listener) {
        this.listener = listener;
    }

    public void feed(byte[] buffer, int offset, int length) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(length);
        for (int i = offset; i < offset + length; i++) {
            int b = buffer[i] & 0xFF;
            switch (state) {
                case DATA -> {
                    if (b == Telnet.IAC) {
                        state = State.IAC;
                    } else {
                        data.write(b);
                    }
                }
                case IAC -> {
                    if (b == Telnet.IAC) {
                        data.write(b);
                        state = State.DATA;
                    } else if (b >= Telnet.WILL && b <= Telnet.DONT) {
                        verb = b;
                        state = State.OPTION;
                    } else if (b == Telnet.SB) {
                        state = State.SB_OPTION;
                    } else {
                        state = State.DATA;
                    }
                }
                case OPTION -> {
                    flush(data);
                    listener.command(verb, b);
                    state = State.DATA;
                }
                case SB_OPTION -> {
                    sbOption = b;
                    sb.reset();
                    state = State.SB;
                }
                case SB -> {
                    if (b == Telnet.IAC) {
                        state = State.SB_IAC;
                    } else {
                        sb.write(b);
                    }
                }
                case SB_IAC -> {
                    if (b == Telnet.IAC) {
                        sb.write(b);
                        state = State.SB;
                    } else if (b == Telnet.SE) {
                        flush(data);
                        listener.subnegotiation(sbOption, sb.toByteArray());
                        state = State.DATA;
                    } else {
                        state = State.SB; // a lone IAC inside SB: ignore it (RFC 855 requires doubling)
                    }
                }
            }
        }
        flush(data);
    }

    private void flush(ByteArrayOutputStream data) {
        if (data.size() > 0) {
            listener.data(data.toByteArray());
            data.reset();
        }
    }
}
