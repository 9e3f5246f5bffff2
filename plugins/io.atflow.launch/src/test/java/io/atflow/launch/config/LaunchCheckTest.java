package io.atflow.launch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.transport.FlowControl;
import io.atflow.engine.transport.Parity;
import io.atflow.engine.transport.PortInfo;
import io.atflow.engine.transport.StopBits;

class LaunchCheckTest {
    private static final List<PortInfo> PORTS = List.of(
            new PortInfo("/dev/ttyUSB2", "Quectel EC25 AT port", "Quectel", "", 0x2c7c, 0x0125),
            new PortInfo("/dev/ttyUSB3", "", "", "", -1, -1));
    private final LaunchCheck check = new LaunchCheck(() -> PORTS, port -> false);

    @TempDir
    Path dir;

    private Path script() throws IOException {
        return Files.writeString(dir.resolve("x.atflow"), "step \"s\" { send AT }\n");
    }

    private Optional<String> problem(LaunchSettings s) throws IOException {
        return check.problem(s, script());
    }

    @Test
    void simulatorRunIsFine() throws IOException {
        assertEquals(Optional.empty(), problem(LaunchSettings.defaults("/p/x.atflow")));
    }

    @Test
    void missingScriptIsNamed() {
        assertEquals(Optional.of("Script /p/gone.atflow does not exist."),
                check.problem(LaunchSettings.defaults("/p/gone.atflow"), dir.resolve("gone.atflow")));
        assertEquals(Optional.of("Script /gone/x.atflow does not exist."),
                check.problem(LaunchSettings.defaults("/gone/x.atflow"), null));
    }

    @Test
    void scriptMustBeChosenAndBeAnAtflowFile() throws IOException {
        assertEquals(Optional.of("No script is selected; choose an .atflow file on the Main tab."),
                problem(LaunchSettings.defaults("")));
        assertEquals(Optional.of("Script /p/notes.txt is not an .atflow file."), problem(LaunchSettings.defaults("/p/notes.txt")));
    }

    @Test
    void absentSerialPortListsThePresentOnes() throws IOException {
        assertEquals(Optional.of("Serial port /dev/ttyUSB9 is not present (available: /dev/ttyUSB2 (Quectel EC25 AT port), "
                + "/dev/ttyUSB3)."), problem(LaunchSettings.defaults("/p/x.atflow").withTarget("/dev/ttyUSB9")));
        assertEquals(Optional.empty(), problem(LaunchSettings.defaults("/p/x.atflow").withTarget("/dev/ttyUSB2")));
    }

    @Test
    void noSerialPortsAtAllSaysNone() throws IOException {
        LaunchCheck none = new LaunchCheck(List::of, port -> false);
        assertEquals(Optional.of("Serial port COM5 is not present (available: none)."),
                none.problem(LaunchSettings.defaults("/p/x.atflow").withTarget("COM5"), script()));
    }

    @Test
    void portThatIsNotEnumeratedButExistsIsAccepted() throws IOException {
        LaunchCheck pty = new LaunchCheck(List::of, port -> port.equals("/tmp/ttyATFLOW"));
        assertEquals(Optional.empty(), pty.problem(LaunchSettings.defaults("/p/x.atflow").withTarget("/tmp/ttyATFLOW"), script()));
    }

    @Test
    void malformedTcpTargetIsOneSentence() throws IOException {
        Optional<String> p = problem(LaunchSettings.defaults("/p/x.atflow").withTarget("tcp://host"));
        assertEquals(true, p.get().startsWith("Target: "), p.get());
        assertEquals(true, p.get().endsWith("."), p.get());
        assertEquals(Optional.of("Target: port \"10.0.0.1:5000\" looks like a network address; write tcp://10.0.0.1:5000 (raw TCP) or rfc2217://10.0.0.1:5000 (RFC 2217 server)."),
                problem(LaunchSettings.defaults("/p/x.atflow").withTarget("10.0.0.1:5000")));
        assertEquals(Optional.empty(), problem(LaunchSettings.defaults("/p/x.atflow").withTarget("tcp://127.0.0.1:5000")));
    }

    @Test
    void timeoutsAndVariablesAreChecked() throws IOException {
        LaunchSettings base = LaunchSettings.defaults("/p/x.atflow");
        assertEquals(Optional.of("Script timeout \"5 minutes\" is not a duration such as 500ms, 90s, 5m or 1h."),
                problem(settings(base, "5 minutes", "", Map.of())));
        assertEquals(Optional.of("Command timeout \"0s\" is not a duration such as 500ms, 90s, 5m or 1h."),
                problem(settings(base, "", "0s", Map.of())));
        assertEquals(Optional.of("Variable name \"Host\" is not a script name (a lower-case letter or _, then letters, digits or _)."),
                problem(settings(base, "", "", Map.of("Host", "x"))));
        assertEquals(Optional.of("Variable devicePassword looks like a secret; launch configurations may be committed, so read it "
                + "in the script with secret(\"...\") instead."), problem(settings(base, "", "", Map.of("devicePassword", "x"))));
        assertEquals(Optional.empty(), problem(settings(base, "10m", "500ms", Map.of("host", "x", "_n2", "y", "productKey", "pk"))));
    }

    @Test
    void badSerialNumbersAreNamed() throws IOException {
        LaunchSettings s = new LaunchSettings("/p/x.atflow", "/dev/ttyUSB2", 0, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE,
                "", "", Map.of(), "", SimSettings.DEFAULT);
        assertEquals(Optional.of("Baud rate 0 is not a positive number such as 115200."), problem(s));
    }

    private static LaunchSettings settings(LaunchSettings b, String scriptTimeout, String commandTimeout, Map<String, String> vars) {
        return new LaunchSettings(b.script(), b.target(), b.baud(), b.dataBits(), b.parity(), b.stopBits(), b.flowControl(),
                scriptTimeout, commandTimeout, vars, b.transcript(), b.sim());
    }
}
