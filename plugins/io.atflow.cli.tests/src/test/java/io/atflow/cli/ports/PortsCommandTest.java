package io.atflow.cli.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.cli.Main;
import io.atflow.engine.transport.PortInfo;

class PortsCommandTest {
    record Result(int code, String out, String err) {
    }

    static Result atflow(List<PortInfo> ports, String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(List.of(new PortsCommand(() -> ports))).execute(Arrays.asList(line.split(" ")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listsPortsWithDescriptionsOnePerLine() {
        Result r = atflow(List.of(new PortInfo("/dev/ttyS0", "", "", "", -1, -1),
                new PortInfo("/dev/ttyUSB2", "Quectel EC25 AT port", "Quectel", "", 0x2C7C, 0x0125),
                new PortInfo("/dev/ttyACM0", "", "", "", 0x1234, 0x0001)), "ports");
        assertEquals(0, r.code());
        assertEquals("""
                /dev/ttyS0
                /dev/ttyUSB2  Quectel EC25 AT port (2c7c:0125)
                /dev/ttyACM0  (1234:0001)
                """, r.out());
    }

    @Test
    void saysSoWhenThereAreNone() {
        Result r = atflow(List.of(), "ports");
        assertEquals(0, r.code());
        assertEquals("no serial ports found\n", r.out());
    }

    @Test
    void helpOfACommandIsItsUsageLine() {
        for (String help : new String[] { "ports --help", "ports -h" }) {
            Result r = atflow(List.of(), help);
            assertEquals(0, r.code(), help);
            assertEquals("usage: atflow ports  # serial ports with descriptions (for --port)\n", r.out(), help);
        }
    }

    @Test
    void takesNoArguments() {
        Result r = atflow(List.of(), "ports --all");
        assertEquals(2, r.code());
        assertEquals("atflow ports: unknown option --all\n", r.err());
        assertEquals("atflow ports: unexpected argument \"x\"\n", atflow(List.of(), "ports x").err());
    }

    @Test
    void isRegisteredInTheStandardCommandSet() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.standard().execute(List.of("help"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(true, out.toString(StandardCharsets.UTF_8).contains("atflow ports"));
    }
}
