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
        "tcp://127.0.0.1:5000    => Tcp[scheme=tcp://, host=127.0.0.1, port=5000]",
        "TCP://modem.local:2000/ => Tcp[scheme=tcp://, host=modem.local, port=2000]",
        "tcp://[::1]:5000        => Tcp[scheme=tcp://, host=::1, port=5000]",
        "socket://10.0.0.7:3001  => Tcp[scheme=socket://, host=10.0.0.7, port=3001]",
        "rfc2217://[::1]:2217    => Rfc2217[host=::1, port=2217]",
        "RFC2217://lab-1:7000    => Rfc2217[host=lab-1, port=7000]",
        "/dev/ttyUSB2            => Serial[port=/dev/ttyUSB2]",
        "/tmp/atflow/pty-a       => Serial[port=/tmp/atflow/pty-a]",
        "COM5                    => Serial[port=COM5]",
        "ttyACM0                 => Serial[port=ttyACM0]" })
    void classifies(String text, String expected) throws TransportException {
        assertEquals(expected, TransportSpec.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "''                  => no port given; use sim, tcp://host:port, socket://host:port, rfc2217://host:port or a serial port such as /dev/ttyUSB2",
        "rfc2217://lab       => \"rfc2217://lab\" needs a port number, e.g. rfc2217://lab:5000",
        "socket://           => \"socket://\" is not socket://host:port, e.g. socket://127.0.0.1:5000",
        "tcp://              => \"tcp://\" is not tcp://host:port, e.g. tcp://127.0.0.1:5000",
        "tcp://host          => \"tcp://host\" needs a port number, e.g. tcp://host:5000",
        "tcp://host:0        => port \"0\" in \"tcp://host:0\" is not a number from 1 to 65535",
        "tcp://host:http     => port \"http\" in \"tcp://host:http\" is not a number from 1 to 65535",
        "tcp://a b:1         => \"tcp://a b:1\" is not tcp://host:port, e.g. tcp://127.0.0.1:5000",
        "udp://host:5000     => unsupported port scheme \"udp://\" in \"udp://host:5000\"; use sim, tcp://host:port, socket://host:port, rfc2217://host:port or a serial port such as /dev/ttyUSB2",
        "localhost:5000      => port \"localhost:5000\" looks like a network address; write tcp://localhost:5000 (raw TCP) or rfc2217://localhost:5000 (RFC 2217 server)",
        "/dev/tty USB0       => \"/dev/tty USB0\" is not a serial port name; use a device such as /dev/ttyUSB2 or COM5, tcp://host:port, rfc2217://host:port or sim" })
    void malformedInputIsOneSentence(String text, String message) {
        assertEquals(message, assertThrows(TransportException.class, () -> TransportSpec.parse(text)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "tcp://[::1]:5000 => tcp://[::1]:5000",
        "socket://h:1     => socket://h:1",
        "rfc2217://h:2217 => rfc2217://h:2217",
        "/dev/ttyUSB2     => serial /dev/ttyUSB2 115200 8N1" })
    void transportsDescribeThemselves(String text, String description) throws TransportException {
        Transport t = switch (TransportSpec.parse(text)) {
            case TransportSpec.Tcp tcp -> tcp.transport();
            case TransportSpec.Rfc2217 r -> r.transport(SerialSettings.of("ignored"));
            case TransportSpec.Serial s -> s.transport(SerialSettings.of("ignored"));
            case TransportSpec.Sim sim -> throw new AssertionError();
        };
        assertEquals(description, t.describe());
    }
}
