package io.atflow.cli.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.cli.Main;
import io.atflow.cli.StopSignal;
import io.atflow.sim.ModuleProfile;

/** {@code atflow sim}: serving a module, replaying a log, and its one-sentence errors. */
class SimCommandTest {
    record Result(int code, String out, String err) {
    }

    static Result atflow(SimCommand command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(List.of(command)).execute(Arrays.asList(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "--tcp 127.0.0.1:1 --pty /tmp/x => give either --tcp or --pty, not both",
        "--tcp localhost => --tcp \"localhost\" must be HOST:PORT, e.g. 127.0.0.1:5760",
        "--profile ec99 => unknown module profile \"ec99\"; use one of ec21, ec25, eg25g, bg95, bg96, bg77, bg770a "
                + "(ec2x means ec25)",
        "--state flying => unknown device state \"flying\"; use ready, no-sim, sim-pin, sim-busy[=<time>], home, "
                + "roaming, no-service, searching[=<time>], pdp-active",
        "--state sim-pin --state no-sim => state \"no-sim\" sets the SIM a second time; give one",
        "--fault boom => unknown fault \"boom\"; use one of drop-link, reboot, noise, slow, chunk, deregister",
        "--broker mqtt://x => --broker \"mqtt://x\" must be embedded or tcp://host:port",
        "--imei 123 => IMEI \"123\" must be 15 digits",
        "--timing slow => --timing \"slow\" must be fast or realistic",
        "--replay a.log --tcp 1.2.3.4:5 => --replay drives the module itself; leave out --tcp and --pty",
        "--colour red => unknown option --colour",
        "--replay /no/such.log --broker tcp://127.0.0.1:9 => /no/such.log: no such file" })
    void mistakesAreOneLineAndExitTwo(String options, String message) {
        String[] args = ("sim " + options).split(" ");
        Result r = atflow(new SimCommand(StopSignal.manual()), args);
        assertEquals(2, r.code(), r.err());
        assertEquals("atflow sim: " + message + "\n", r.err());
    }

    @Test
    void servesTheModuleOnTcpUntilStopped() throws Exception {
        StopSignal stop = StopSignal.manual();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a thread of its own: on the common pool (one thread on a 2-core machine) the serving command waited behind
        // other test classes' tasks, and once this test failed it held that thread for good, hanging every later
        // user in this JVM (seen: RunCommandTest, SimThingModelTest, GitSetupCommandTest)
        CompletableFuture<Integer> run = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("atflow-sim-under-test").start(() -> run.complete(
                new Main(List.of(new SimCommand(stop))).execute(List.of("sim", "--tcp", "127.0.0.1:0", "--timing",
                        "fast", "--fault", "noise=0", "--profile", "eg25-g", "--state", "roaming"),
                        new PrintStream(out, true, StandardCharsets.UTF_8), System.err)));
        try {
            Matcher m = Pattern.compile("on tcp://127\\.0\\.0\\.1:(\\d+)").matcher("");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!m.reset(out.toString(StandardCharsets.UTF_8)).find() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(m.find(0), out.toString(StandardCharsets.UTF_8));
            try (Socket s = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
                s.getOutputStream().write("AT+CGSN\r".getBytes(StandardCharsets.US_ASCII));
                InputStream in = s.getInputStream();
                String expected = "AT+CGSN\r\r\n864430010001091\r\n\r\nOK\r\n";
                assertEquals(expected, new String(in.readNBytes(expected.length()), StandardCharsets.US_ASCII));
            }
        } finally {
            stop.stop(); // a failed assertion must not leave the module serving
        }
        assertEquals(0, run.get(30, TimeUnit.SECONDS));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("simulated EG25 (EG25GGBR07A08M2G, IMEI 864430010001091, state roaming) on "
                + "tcp://127.0.0.1:"), printed);
        assertTrue(printed.contains("platform emulator for *.aliyuncs.com: MQTT 127.0.0.1:"), printed);
        assertTrue(printed.contains("fault noise=0 now"), printed);
        assertTrue(printed.endsWith("Ctrl-C stops\n"), printed);
    }

    @Test
    void replaysALogAndReportsWhereItDiffers(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("field.log");
        Files.writeString(log, """
                >> ATI
                >> Quectel
                >> EC25
                >> Revision: EC25EFAR06A11M4G
                >>
                >> OK
                >> AT+CGSN
                >> 864430010001091
                >> OK
                """);
        Result ok = atflow(new SimCommand(StopSignal.manual()), "sim", "--replay", log.toString(), "--broker",
                "tcp://127.0.0.1:9", "--timing", "fast");
        assertEquals(0, ok.code(), ok.err());
        assertEquals(log + ": 2 of 2 exchanges match (8 lines)\n", ok.out());
        Result differs = atflow(new SimCommand(StopSignal.manual()), "sim", "--replay", log.toString(), "--broker",
                "tcp://127.0.0.1:9", "--profile", "bg95", "--timing", "fast");
        assertEquals(1, differs.code());
        assertEquals(log + ": 0 of 2 exchanges match (2 lines)\n" + log
                + ":3: expected \"EC25\" but the module said \"BG95-M3\"\n", differs.out());
    }

    @Test
    void replaysAgainstTheChosenModelAndState(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("bg96-pin.log");
        // BG96 ATI as posted in vshymanskyy/TinyGSM issue 157; +CPIN: SIM PIN is 3GPP TS 27.007's answer.
        Files.writeString(log, """
                >> ATI
                >> Quectel
                >> BG96
                >> Revision: BG96MAR02A07M1G
                >> OK
                >> AT+CPIN?
                >> +CPIN: SIM PIN
                >> OK
                """);
        Result r = atflow(new SimCommand(StopSignal.manual()), "sim", "--replay", log.toString(), "--broker",
                "tcp://127.0.0.1:9", "--timing", "fast", "--profile", "BG96", "--state", "sim-pin");
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @Test
    void aLogHeaderSetsTheModelStateAndImei(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("bg96-header.log");
        // The same BG96 answers, with the profile, state and IMEI declared in the log instead of on the command line.
        Files.writeString(log, """
                # @profile bg96
                # @state sim-pin
                # @imei 868446031757533
                >> ATI
                >> Quectel
                >> BG96
                >> Revision: BG96MAR02A07M1G
                >> OK
                >> AT+CPIN?
                >> +CPIN: SIM PIN
                >> OK
                >> AT+GSN
                >> 868446031757533
                >> OK
                """);
        Result r = atflow(new SimCommand(StopSignal.manual()), "sim", "--replay", log.toString(), "--broker",
                "tcp://127.0.0.1:9", "--timing", "fast");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(log + ": 3 of 3 exchanges match (11 lines)\n", r.out());
        Files.writeString(log, "# @profile bg99\n>> AT\n>> OK\n");
        Result bad = atflow(new SimCommand(StopSignal.manual()), "sim", "--replay", log.toString(), "--broker",
                "tcp://127.0.0.1:9", "--timing", "fast");
        assertEquals("atflow sim: " + log + ":1: unknown module profile \"bg99\"; use one of " + ModuleProfile.names()
                + "\n",
                bad.err());
    }
}
