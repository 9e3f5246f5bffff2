package io.atflow.engine.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialSettingsTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "115200 8N1          => 115200, 8, NONE, ONE, NONE, 115200 8N1",
        "115200              => 115200, 8, NONE, ONE, NONE, 115200 8N1",
        "9600 7E1            => 9600, 7, EVEN, ONE, NONE, 9600 7E1",
        "921600 8N2 rtscts   => 921600, 8, NONE, TWO, RTS_CTS, 921600 8N2 rtscts",
        "  57600  8o1.5  XON/XOFF => 57600, 8, ODD, ONE_POINT_FIVE, XON_XOFF, 57600 8O1.5 xonxoff",
        "19200 5M1 hardware  => 19200, 5, MARK, ONE, RTS_CTS, 19200 5M1 rtscts" })
    void parsesAndFormats(String text, String expected) throws TransportException {
        String[] e = expected.split(", ");
        SerialSettings s = SerialSettings.parse("/dev/ttyUSB2", text);
        assertEquals("/dev/ttyUSB2", s.port());
        assertEquals(Integer.parseInt(e[0]), s.baud());
        assertEquals(Integer.parseInt(e[1]), s.dataBits());
        assertEquals(Parity.valueOf(e[2]), s.parity());
        assertEquals(StopBits.valueOf(e[3]), s.stopBits());
        assertEquals(FlowControl.valueOf(e[4]), s.flowControl());
        assertEquals(e[5], s.format());
        assertEquals(s, SerialSettings.parse("/dev/ttyUSB2", s.format()), "format is parsed back");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "fast        => baud rate \"fast\" is not a positive number such as 115200",
        "-5          => baud rate \"-5\" is not a positive number such as 115200",
        "115200 9N1  => serial frame \"9N1\" is not <data bits 5-8><parity N|O|E|M|S><stop bits 1|1.5|2>, e.g. 8N1",
        "115200 8X1  => serial frame \"8X1\" is not <data bits 5-8><parity N|O|E|M|S><stop bits 1|1.5|2>, e.g. 8N1",
        "115200 8N1 magic => unknown flow control \"magic\"; use none, rtscts or xonxoff",
        "1 2 3 4     => serial settings \"1 2 3 4\" are not of the form \"<baud> [<bits><parity><stop>] [flow control]\", e.g. \"115200 8N1\"" })
    void badSettingsAreOneSentence(String text, String message) {
        assertEquals(message, assertThrows(TransportException.class, () -> SerialSettings.parse("COM5", text)).getMessage());
    }
}
