package io.atflow.engine.transport.telnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The IAC codec against byte sequences written by hand from the RFCs' numbers: IAC 255 (0xFF), SB 250 (0xFA),
 * SE 240 (0xF0), WILL 251 (0xFB), WONT 252 (0xFC), DO 253 (0xFD), DONT 254 (0xFE), NOP 241 (0xF1) from RFC 854;
 * COM-PORT-OPTION 44 (0x2C), SET-BAUDRATE 1 and its server answer 101 (0x65) from RFC 2217.
 */
class TelnetCodecTest {
    static byte[] hex(String s) {
        return HexFormat.ofDelimiter(" ").parseHex(s);
    }

    /** Records what the decoder reports, as text, e.g. {@code data 41 ff}, {@code DO 2c}, {@code SB 2c: 65 00}. */
    static final class Log implements TelnetDecoder.Listener {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        final List<String> events = new ArrayList<>();

        @Override
        public void data(byte[] bytes) {
            data.writeBytes(bytes);
        }

        @Override
        public void command(int verb, int option) {
            events.add(HexFormat.of().toHexDigits((byte) verb) + " " + HexFormat.of().toHexDigits((byte) option));
        }

        @Override
        public void subnegotiation(int option, byte[] payload) {
            events.add("SB " + HexFormat.of().toHexDigits((byte) option) + ": "
                    + HexFormat.ofDelimiter(" ").formatHex(payload));
        }
    }

    @Test
    void dataBytes255AreDoubledOnTheWayOut() {
        assertArrayEquals(hex("41 ff ff 42 ff ff ff ff"), TelnetEncoder.escape(hex("00 41 ff 42 ff ff"), 1, 5));
        assertArrayEquals(hex("0d 0a"), TelnetEncoder.escape(hex("0d 0a"), 0, 2));
    }

    @Test
    void commandsAndSubnegotiationsHaveTheirRfcBytes() {
        assertArrayEquals(hex("ff fb 2c"), TelnetEncoder.command(Telnet.WILL, Telnet.OPTION_COM_PORT));
        assertArrayEquals(hex("ff fd 00"), TelnetEncoder.command(Telnet.DO, Telnet.OPTION_BINARY));
        // SET-BAUDRATE 115200 = 0x0001C200 in network byte order
        assertArrayEquals(hex("ff fa 2c 01 00 01 c2 00 ff f0"),
                TelnetEncoder.subnegotiation(Telnet.OPTION_COM_PORT, ComPort.baudRate(115200)));
        // SET-MODEMSTATE-MASK 255: the value byte is doubled inside the subnegotiation (RFC 855)
        assertArrayEquals(hex("ff fa 2c 0b ff ff ff f0"),
                TelnetEncoder.subnegotiation(Telnet.OPTION_COM_PORT, ComPort.command(ComPort.SET_MODEMSTATE_MASK, 255)));
    }

    @Test
    void theDecoderSeparatesDataCommandsAndSubnegotiationsAtEverySplit() {
        // "O", data 255, "K", IAC NOP (dropped), IAC DO 44, SET-BAUDRATE answer 9600 (0x2580),
        // a payload byte 255 doubled inside SB, then "\r\n"
        byte[] wire = hex("4f ff ff 4b ff f1 ff fd 2c ff fa 2c 65 00 00 25 80 ff f0 ff fa 2c 6b ff ff ff f0 0d 0a");
        for (int split = 0; split <= wire.length; split++) {
            Log log = new Log();
            TelnetDecoder d = new TelnetDecoder(log);
            d.feed(wire, 0, split);
            d.feed(wire, split, wire.length - split);
            assertArrayEquals(hex("4f ff 4b 0d 0a"), log.data.toByteArray(), "split at " + split);
            assertEquals(List.of("fd 2c", "SB 2c: 65 00 00 25 80", "SB 2c: 6b ff"), log.events, "split at " + split);
        }
    }

    @Test
    void serverAnswerValuesAreReadAsTheRfcSays() {
        assertEquals(9600, ComPort.value(hex("65 00 00 25 80")));
        assertEquals(921600, ComPort.value(hex("65 00 0e 10 00")));
        assertEquals(8, ComPort.value(hex("66 08")));
    }
}
