package io.atflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.Command;
import io.atflow.cli.Main;

/** {@code atflow run}: console lines, verdict, exit codes 0/1/2, --var, --transcript and Ctrl-C. */
class RunCommandTest {
    static final String EXAMPLE = "../../examples/7-property-post.atflow";
    static final Pattern TIMESTAMPED = Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  .+");
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Result atflow(Command run, String... args) {
        return atflow(run, new ByteArrayOutputStream(), args);
    }

    static Result atflow(Command run, ByteArrayOutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(Arrays.asList(args));
        int code = new Main(List.of(run)).execute(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result atflow(String... args) {
        return atflow(new RunCommand(Interrupts.manual()), args);
    }

    Path script(String text) throws IOException {
        return Files.writeString(dir.resolve("s.atflow"), text);
    }

    @Test
    void anExamplePassesWithOneTimestampedLinePerEvent() {
        Result r = atflow(EXAMPLE);
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.lines();
        assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  Running " + Pattern.quote(EXAMPLE) + " on sim"),
                lines.get(0));
        assertTrue(lines.subList(0, lines.size() - 1).stream().allMatch(l -> TIMESTAMPED.matcher(l).matches()),
                r::out);
        String verdict = lines.get(lines.size() - 1);
        assertTrue(verdict.matches("PASSED " + Pattern.quote(EXAMPLE) + " \\((\\d+ ms|[\\d.]+ s)\\)"), verdict);
        assertTrue(r.out().contains("  > AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"****\"\n"), r::out);
        assertTrue(r.out().contains("  < OK\n"), r::out);
        assertTrue(r.out().contains("  * +QMTOPEN: 0,0  (network opened successfully)\n"), r::out);
        assertTrue(Pattern.compile("  \\* \\+QMTRECV: 0,0,\"[^\"]+/post_reply\",\"\\{\"code\":200,.*\\}\"\n").matcher(r.out())
                .find(), r::out);
        assertTrue(Pattern.compile("  step \"report\" passed \\(\\d+ ms\\)\n").matcher(r.out()).find(), r::out);
        assertFalse(r.out().contains("c4fa40df9c8078073d75a26be2bc8f58"), "the device secret is masked");
        assertEquals("", r.err());
    }

    @Test
    void aFailureExitsOneWithFileLineAndWhatWasSeen() throws IOException {
        Path s = script("""
                step "connect" {
                  send AT+QMTCFG="aliauth",0,"i2uqc2dloOl","device001","${secret("i2uqc2dloOl/device001")}x"
                  send AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883
                  await +QMTOPEN: 0,0 within 10s
                  send AT+QMTCONN=0,"device001"
                  await +QMTCONN: 0,0,0 within 10s
                }
                """);
        Result r = atflow(s.toString());
        assertEquals(1, r.code(), r::toString);
        List<String> lines = r.lines();
        assertEquals("FAILED " + s + ":6: expected +QMTCONN: 0,0,0 within 10s, got +QMTCONN: 0,0,4 (bad user name or"
                + " password)", lines.get(lines.size() - 1));
        assertTrue(r.out().contains("step \"connect\" failed after "), r::out);
    }

    @Test
    void anInvalidScriptIsReportedLikeCheckAndNothingRuns() throws IOException {
        Path s = script("step \"x\" {\n  send AT+QMTOPEN=9,\"h\",1883\n}\n");
        Result r = atflow(s.toString(), "--port", "/dev/ttyATFLOW-none");
        assertEquals(1, r.code(), r::toString);
        assertEquals(s + ":2:19: error: <client_idx> of AT+QMTOPEN must be between 0 and 5, not 9"
                + " [atflow.out-of-range]\n", r.out());
        assertEquals("atflow run: " + s + " has 1 error; nothing was run\n", r.err());
    }

    @Test
    void usageAndConnectionErrorsExitTwo() throws IOException {
        Path s = script("send AT\n");
        assertEquals(2, atflow().code());
        assertEquals("atflow run: no such file: none.atflow\n", atflow("none.atflow").err());
        Result r = atflow(s.toString(), "--port", "tcp://h");
        assertEquals(2, r.code());
        assertEquals("atflow run: \"tcp://h\" needs a port number, e.g. tcp://h:5000 (--port)\n", r.err());
        assertEquals(2, atflow(s.toString(), "--baud", "9600").code());
        assertEquals(2, atflow(s.toString(), "--port", "/dev/ttyS0", "--parity", "weird").code());
        assertEquals(2, atflow(s.toString(), "--var", "no-equals").code());
        r = atflow(s.toString(), "--port", "/dev/ttyATFLOW-none", "--baud", "9600", "--flow-control", "rtscts");
        assertEquals(2, r.code(), r::toString);
        List<String> lines = r.lines();
        assertTrue(lines.get(0).endsWith("Running " + s + " on /dev/ttyATFLOW-none 9600 8N1 rtscts"), r::out);
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("ERROR " + s + ": serial port /dev/ttyATFLOW-none does not exist"), last);
        assertTrue(last.endsWith("; change --port"), last);
        assertFalse(r.out().contains("Exception"), r::out);
    }

    @Test
    void theSimulatorTakesAProfileAStateAndFaults() throws IOException {
        // +CPIN: SIM PIN and the URC +CPIN: READY after the PIN: 3GPP TS 27.007 and a posted BG95 driver log;
        // BG95M3LAR02A03_01.011.01.011: AT+QGMR of a BG95-M3 (github.com/lukejenkins/cwd, reference/quectel/bg95m3).
        Path s = script("""
                profile bg95
                send AT+CPIN? expect /\\+CPIN: (?<pin>.+)/
                if pin != "SIM PIN" fail "the SIM is ${pin}"
                send AT+CPIN="1234"
                await +CPIN: READY within 5s
                send AT+QGMR expect /(?<build>BG95\\S+)/
                log "build ${build}"
                """);
        Result r = atflow(s.toString(), "--profile", "bg95", "--state", "sim-pin", "--fault", "slow=1ms");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("build BG95M3LAR02A03_01.011.01.011"), r::out);
        r = atflow(s.toString(), "--state", "no-sim");
        assertEquals(1, r.code(), r::toString);
        r = atflow(s.toString(), "--state", "flying");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("atflow run: unknown device state \"flying\"; use ready, no-sim,"), r::err);
        r = atflow(s.toString(), "--port", "tcp://127.0.0.1:9", "--profile", "bg95");
        assertEquals(2, r.code(), r::toString);
        assertEquals("atflow run: --profile, --state and --fault set up the simulated module and apply to --port sim "
                + "only; --port is tcp://127.0.0.1:9\n", r.err());
    }

    @Test
    void aPortNoTargetAcceptsNamesTheAcceptedForms() throws IOException {
        Result r = atflow(script("send AT\n").toString(), "--port", "udp://lab:5000");
        assertEquals(2, r.code(), r::toString);
        assertEquals("atflow run: no installed target accepts --port udp://lab:5000; use sim, tcp://host:port,"
                + " socket://host:port, rfc2217://host:port or a serial port such as /dev/ttyUSB2\n", r.err());
    }

    @Test
    void networkSerialPortsTakeTheSerialOptionsOnlyForRfc2217() throws IOException {
        Path s = script("send AT\n");
        int free;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        Result r = atflow(s.toString(), "--port", "socket://127.0.0.1:" + free, "--baud", "9600");
        assertEquals(2, r.code(), r::toString);
        assertEquals("atflow run: --baud, --data-bits, --parity, --stop-bits and --flow-control apply to serial and"
                + " rfc2217:// ports only; --port is socket://127.0.0.1:" + free + "\n", r.err());
        r = atflow(s.toString(), "--port", "rfc2217://127.0.0.1:" + free, "--baud", "9600", "--parity", "even",
                "--data-bits", "7");
        assertEquals(2, r.code(), r::toString);
        List<String> lines = r.lines();
        assertTrue(lines.get(0).endsWith("Running " + s + " on rfc2217://127.0.0.1:" + free + " 9600 7E1"), r::out);
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("ERROR " + s + ": nothing accepts connections at rfc2217://127.0.0.1:" + free
                + " (connection refused)"), last);
    }

    @Test
    void variablesAndTranscript() throws IOException {
        Path s = script("""
                var apn = "cmnet"
                send AT+QICSGP=1,1,"${apn}","","",0
                send AT+QMTCFG="aliauth",0,"i2uqc2dloOl","device001","${secret("i2uqc2dloOl/device001")}"
                """);
        Path transcript = dir.resolve("run.transcript");
        Result r = atflow(s.toString(), "--var", "apn=iot.example", "--transcript", transcript.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("> AT+QICSGP=1,1,\"iot.example\",\"\",\"\",0\n"), r::out);
        String written = Files.readString(transcript);
        assertTrue(written.startsWith("#ATFLOW-TRANSCRIPT 1 "), written);
        assertTrue(written.contains(" TX AT+QICSGP=1,1,\"iot.example\",\"\",\"\",0\\r"), written);
        assertTrue(written.contains("\"device001\",\"****\""), written);
        assertFalse(written.contains("c4fa40df9c8078073d75a26be2bc8f58"), written);
        r = atflow(s.toString(), "--var", "apm=x");
        assertEquals(2, r.code());
        assertTrue(r.out().endsWith("ERROR " + s + ": cannot set variable apm: the script declares no such variable"
                + " (it declares apn)\n"), r::out);
    }

    @Test
    void ctrlCAbortsTheRunAndExitsOne() throws Exception {
        // the log line shows the run is past the send, so Ctrl-C lands in the await on line 4, whenever it comes
        Path s = script("step \"wait\" {\n  send AT\n  log \"waiting\"\n  await +QMTRECV within 1h\n}\n");
        Interrupts ctrlC = Interrupts.manual();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a thread of its own, not the common pool (one thread on a 2-core machine, shared with the test classes
        // running beside this one); Ctrl-C in any case, so a failed wait does not leave the run awaiting for an hour
        CompletableFuture<Result> run = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("atflow-run-under-test")
                .start(() -> run.complete(atflow(new RunCommand(ctrlC), out, s.toString())));
        try {
            // the simulated module's start and the script's parse: more than 30 s on a loaded machine
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(ctrlC.armed() && out.toString(StandardCharsets.UTF_8).contains("  waiting\n") || run.isDone())
                    && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertTrue(ctrlC.armed() && out.toString(StandardCharsets.UTF_8).contains("  waiting\n"),
                    () -> "the run did not reach its await: " + out.toString(StandardCharsets.UTF_8));
        } finally {
            ctrlC.fire();
        }
        Result r = run.get(60, TimeUnit.SECONDS);
        assertEquals(1, r.code(), r::toString);
        List<String> lines = r.lines();
        assertEquals("ABORTED " + s + ":4: the run was aborted", lines.get(lines.size() - 1), r::out);
    }
}
