package io.atflow.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.Main;

/** {@code atflow check}: the output contract, exit codes and hostile input. */
class CheckCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result atflow(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.standard().execute(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void everyExampleScriptPasses() throws IOException {
        List<String> args = new ArrayList<>(List.of("check"));
        try (Stream<Path> s = Files.list(Path.of("../../examples"))) {
            s.filter(p -> p.toString().endsWith(".atflow")).forEach(p -> args.add(p.toString()));
        }
        assertTrue(args.size() >= 8, args::toString);
        Result r = atflow(args.toArray(String[]::new));
        assertEquals("", r.out());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void diagnosticsFollowTheContract() throws IOException {
        Path f = file("bad.atflow", "step \"a\" {\n  send AT+QMTOPN=0,\"h\",1883\n  send AT+QMTOPEN=9,\"h\",1883\n}\n");
        Result r = atflow("check", f.toString());
        assertEquals(f + ":2:8: warning: unknown AT command AT+QMTOPN; did you mean AT+QMTOPEN? [atflow.unknown-command]\n"
                + f + ":3:19: error: <client_idx> of AT+QMTOPEN must be between 0 and 5, not 9 [atflow.out-of-range]\n",
                r.out());
        assertEquals(1, r.code());
        assertEquals("atflow check: 1 file, 1 error, 1 warning\n", r.err());
    }

    @Test
    void syntaxErrorsOfIncludedFilesAreReportedOnce() throws IOException {
        Path lib = file("lib.atflow", "step \"x\" {\n  send\n}\n");
        Path main = file("main.atflow", "include \"lib.atflow\"\n");
        Result r = atflow("check", main.toString(), lib.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith(lib.toAbsolutePath() + ":3:1: error: ")
                || l.startsWith(lib + ":3:1: error: ")).count(), r.out());
    }

    @Test
    void commonSlipsReadAsOneSentenceAtTheirPlace() throws IOException {
        Path f = file("slips.atflow", """
                step "info" {
                  send ATI expect Quectel
                  send AT expect ok
                }
                step "open" {
                  await +QMTOPEN: 0,{result} within 75
                }
                step "connect" {
                  send AT
                """);
        Path g = file("blank.atflow", "send AT+QMTOPEN =0,\"iot.example.com\",1883\n");
        Result r = atflow("check", f.toString(), g.toString());
        assertEquals(f + ":2:19: error: Quectel is not a pattern: after expect comes a result word in capitals (OK), a "
                + "+NAME: response or a /regular expression/; write this line as /Quectel/ [atflow.syntax]\n"
                + f + ":3:18: error: ok is not a pattern: after expect comes a result word in capitals, as the module "
                + "prints it; write OK [atflow.syntax]\n"
                + f + ":6:37: error: 75 after within lacks its unit: a duration is a number followed by ms, s, m or h; "
                + "write within 75s for seconds [atflow.duration-unit]\n"
                + f + ":9:10: error: step \"connect\" (line 8) is never closed: found the end of the file where its } "
                + "is expected; add } after its last statement [atflow.syntax]\n"
                + g + ":1:16: error: a blank cuts the AT command AT+QMTOPEN before =0,\"iot.example.com\",1883: an AT "
                + "command is written without blanks outside quotes; write AT+QMTOPEN=0,\"iot.example.com\",1883 "
                + "[atflow.syntax]\n", r.out());
        assertEquals(1, r.code());
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Result r = atflow("check", file("w.atflow", "send AT+QMTOPN=0,\"h\",1883\n").toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("[atflow.unknown-command]"));
    }

    @Test
    void missingFileAndNoFileAreUsageErrors() {
        Result r = atflow("check", dir.resolve("nope.atflow").toString());
        assertEquals(2, r.code());
        assertEquals("atflow check: no such file: " + dir.resolve("nope.atflow") + "\n", r.err());
        assertEquals(2, atflow("check").code());
    }

    @Test
    void stalePasswordIsAnErrorWhenTheSecretResolvesFromTheSecretsFile() throws IOException {
        file(".atflow-secrets", "i2uqc2dloOl/device001=c4fa40df9c8078073d75a26be2bc8f58\n");
        String script = """
                device meter { productKey "i2uqc2dloOl" deviceName "device001" deviceSecret secret("i2uqc2dloOl/device001") }
                send AT+QMTCONN=0,"i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|","device001&i2uqc2dloOl","PASSWORD"
                """;
        Result good = atflow("check", file("good.atflow", script.replace("PASSWORD",
                "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db")).toString());
        assertEquals(0, good.code(), good.out());
        Result stale = atflow("check", file("stale.atflow", script.replace("PASSWORD",
                "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23dc")).toString());
        assertEquals(1, stale.code());
        int column = script.lines().toList().get(1).indexOf("\"PASSWORD") + 1;
        assertTrue(stale.out().contains(":2:" + column + ": error: password does not match the hmacsha256 signature of meter"),
                stale.out());
        assertTrue(!stale.out().contains("c4fa40df"), "the secret is never printed");
    }

    @Test
    void hostileBytesGiveOneDiagnosticAndExitOne() throws IOException {
        Path binary = Files.write(dir.resolve("bin.atflow"), new byte[] { 's', 'e', 'n', 'd', '\n', 'A', 0, 1, 2 });
        Path utf8 = Files.write(dir.resolve("latin1.atflow"), "log \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = Files.write(dir.resolve("huge.atflow"), new byte[10 * 1024 * 1024]);
        Path open = file("open.atflow", "log \"unterminated\nsend AT\n");
        Path deep = file("deep.atflow", "var x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\n");
        assertEquals(binary + ":2:2: error: the file contains a NUL byte; it looks binary, not an ATFlow script"
                + " [atflow.bad-encoding]\n", atflow("check", binary.toString()).out());
        assertEquals(utf8 + ":1:9: error: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8 [atflow.bad-encoding]\n",
                atflow("check", utf8.toString()).out());
        assertEquals(huge + ":1:1: error: the file is 10.0 MB; ATFlow scripts are limited to 2 MB [atflow.file-too-large]\n",
                atflow("check", huge.toString()).out());
        assertEquals(open + ":1:5: error: this string lacks its closing '\"' [atflow.unterminated-string]\n",
                atflow("check", open.toString()).out());
        assertEquals(deep + ":1:73: error: braces and parentheses nest deeper than 64 levels [atflow.too-deep]\n",
                atflow("check", deep.toString()).out());
        for (Path p : List.of(binary, utf8, huge, open, deep)) {
            Result r = atflow("check", p.toString());
            assertEquals(1, r.code(), p.toString());
            assertTrue(!r.err().contains("Exception") && !r.out().contains("\tat "), r.err());
        }
    }
}
