package io.atflow.engine.transport.telnet;

import java.io.ByteArrayOutputStream;

/** Telnet output: data with IAC doubled, option commands and subnegotiations (RFC 854/855). */
public final class TelnetEncoder {
    private TelnetEncoder() {
    }

    /** The bytes with every 255 (IAC) sent twice, so the peer reads them as data. */
    public static byte[] escape(byte[] data, int offset, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 8);
        escapeInto(out, data, offset, length);
        return out.toByteArray();
    }

    /** {@code IAC verb option}, e.g. {@code IAC WILL 44}. */
    public static byte[] command(int verb, int option) {
        return new byte[] {(byte) Telnet.IAC, (byte) verb, (byte) option};
    }

    /** {@code IAC SB option payload IAC SE}, with 255 in the payload doubled. */
    public static byte[] subnegotiation(int option, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 6);
        out.write(Telnet.IAC);
        out.write(Telnet.SB);
        out.write(option);
        escapeInto(out, payload, 0, payload.length);
        out.write(Telnet.IAC);
        out.write(Telnet.SE);
        return out.toByteArray();
    }

    private static void escapeInto(ByteArrayOutputStream out, byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            out.write(data[i]);
            if ((data[i] & 0xFF) == Telnet.IAC) {
                out.write(Telnet.IAC);
            }
        }
    }
}
