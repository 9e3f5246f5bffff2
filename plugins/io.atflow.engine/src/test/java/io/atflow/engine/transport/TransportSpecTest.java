package io.atflow.engine.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransportSpecTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "sim                     => Sim[]",
        "SIM                     => Sim[]",
        "tcp://127.0.0.1:5000    => Tcp[host=127.0.0.1, port=5000]",
        "TCP://modem.local:2000/ => Tcp[host=modem.local, port=2000]",
        "tcp://[::1]:5000        => Tcp[host=::1, port=5000]",
        "/dev/ttyUSB2            => Serial[port=/dev/ttyUSB2]",
        "/tmp/atflow/pty-a       => Serial[port=/tmp/atflow/pty-a]",
        "COM5                    => Serial[port=COM5]",
        "ttyACM0                 => Serial[port=ttyACM0]" })
    void classifies(String text, String expected) throws TransportException {
        assertEquals(expected, TransportSpec.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "''                  => no port given; use sim, tcp://host:port or a serial port such as /dev/ttyUSB2",
        "tcp://              => \"tcp://\" is not tcp://host:port, e.g. tcp://127.0.0.1:5000",
        "tcp://host          => \"tcp://host\" needs a port number, e.g. tcp://host:5000",
        "tcp://host:0        => port \"0\" in \"tcp://host:0\" is not a number from 1 to 65535",
        "tcp://host:http     => port \"http\" in \"tcp://host:http\" is not a number from 1 to 65535",
        "tcp://a b:1         => \"tcp://a b:1\" is not tcp://host:port, e.g. tcp://127.0.0.1:5000",
        "udp://host:5000     => unsupported port scheme \"udp://\" in \"udp://host:5000\"; use sim, tcp://host:port or a serial port",
        "localhost:5000      => port \"localhost:5000\" looks like a network address; write tcp://localhost:5000",
        "/dev/tty USB0       => \"/dev/tty USB0\" is not a serial port name; use a device such as /dev/ttyUSB2 or COM5, tcp://host:port or sim" })
    void malformedInputIsOneSentence(String text, String message) {
        assertEquals(message, assertThrows(TransportException.class, () -> TransportSpec.parse(text)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "tcp://[::1]:5000 => tcp://[::1]:5000",
        "/dev/ttyUSB2     => serial /dev/ttyUSB2 115200 8N1" })
    void transportsDescribeThemselves(String text, String description) throws TransportException {
        Transport t = switch (TransportSpec.parse(text)) {
            case TransportSpec.Tcp tcp -> tcp.transport();
            case TransportSpec.Serial s -> s.transport(SerialSettings.of("ignored"));
            case TransportSpec.Sim sim -> throw new AssertionError();
        };
        assertEquals(description, t.describe());
    }
}
