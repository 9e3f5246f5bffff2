package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.atflow.run.testing.Runs;

/** Every example script runs against the simulator and passes, with the events that show its flow. */
class ExamplesRunTest {
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    /** What each example must show: a URC (or line) that proves its flow happened. */
    static final Map<String, String> KEY_LINES = Map.of(
            "1-network-bring-up.atflow", "+CSQ: 21,99",
            "2-one-device-one-secret-aliauth.atflow", "+QMTCONN: 0,0,0",
            "3-one-device-one-secret-credentials.atflow", "+QMTCONN: 0,0,0",
            "4-one-product-one-secret-register.atflow", "+QMTSTAT: 0,1",
            "5-one-product-one-secret-regnwl.atflow", "+QMTSTAT: 0,1",
            "6-https-registration.atflow", "+QHTTPREAD: 0",
            "7-property-post.atflow", "+QMTPUBEX: 0,0,0",
            "8-tls-server-authentication.atflow", "+QMTOPEN: 0,0");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".atflow")).sorted().toList().stream();
        }
    }

    @Test
    void everyExampleHasAKeyLine() throws IOException {
        assertEquals(KEY_LINES.keySet(), Set.copyOf(examples().map(p -> p.getFileName().toString()).toList()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplePassesAgainstTheSimulator(Path file) {
        Runs.Outcome o = Runs.run(Runs.of(file, Runs.FAST_SIM));
        assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
        assertInstanceOf(RunEvent.RunStarted.class, o.events().get(0));
        assertInstanceOf(RunEvent.RunFinished.class, o.events().get(o.events().size() - 1));
        String key = KEY_LINES.get(file.getFileName().toString());
        assertTrue(o.events().stream().anyMatch(e -> e instanceof RunEvent.UrcReceived u && u.line().equals(key)
                || e instanceof RunEvent.Received r && r.line().equals(key)),
                () -> key + " missing:\n" + o.transcript());
        List<RunEvent.StepFinished> steps = o.all(RunEvent.StepFinished.class);
        assertFalse(steps.isEmpty());
        assertTrue(steps.stream().allMatch(RunEvent.StepFinished::ok), o::transcript);
        assertEquals(o.all(RunEvent.StepStarted.class).size(), steps.size());
        assertEquals(steps.size() + " steps passed", o.result().message());
        assertOrdered(o);
        assertTrue(o.events().stream().noneMatch(e -> e.toString().contains("c4fa40df9c8078073d75a26be2bc8f58")),
                "the device secret is masked");
    }

    /** Each command's answer is reported before the next command is sent and before its step ends. */
    static void assertOrdered(Runs.Outcome o) {
        boolean commandOpen = false;
        for (RunEvent e : o.events()) {
            if (e instanceof RunEvent.Sent s && s.text().startsWith("AT")) {
                assertFalse(commandOpen, () -> "command sent before the previous one finished:\n" + o.transcript());
                commandOpen = true;
            } else if (e instanceof RunEvent.CommandFinished) {
                commandOpen = false;
            } else if (e instanceof RunEvent.StepFinished) {
                assertFalse(commandOpen, () -> "step ended before its command finished:\n" + o.transcript());
            }
        }
    }

    @Test
    void propertyPostShowsTheWholeExchange() {
        Runs.Outcome o = Runs.run(Runs.of(EXAMPLES.resolve("7-property-post.atflow"), Runs.FAST_SIM));
        assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
        List<String> sent = o.sent();
        assertTrue(sent.contains("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"****\""), sent::toString);
        assertTrue(sent.stream().anyMatch(s -> s.startsWith("{\"id\":1681363292898")), sent::toString);
        assertTrue(o.all(RunEvent.Received.class).stream().anyMatch(r -> r.line().equals(">")), o::transcript);
        RunEvent.UrcReceived recv = o.all(RunEvent.UrcReceived.class).stream()
                .filter(u -> u.line().startsWith("+QMTRECV:")).findFirst().orElseThrow();
        assertTrue(recv.line().contains("\"code\":200"), recv::line);
        RunEvent.UrcReceived open = o.all(RunEvent.UrcReceived.class).stream()
                .filter(u -> u.line().equals("+QMTOPEN: 0,0")).findFirst().orElseThrow();
        assertEquals("+QMTOPEN result 0: network opened successfully", open.meaning());
    }
}
