package io.atflow.lang.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;
import io.atflow.lang.testing.TestLanguage;
import io.atflow.lang.validation.IssueCodes;

/** Hostile input ends in diagnostics with a position: never an exception, a stack overflow or a hang. */
class RobustnessTest {

    static LoadedScript load(byte[] bytes) {
        return TestLanguage.withNoteSecrets().injector().getInstance(ScriptLoader.class).load("r.atflow",
                URI.createURI("memory:/r.atflow"), bytes);
    }

    static Diagnostic only(byte[] bytes) {
        List<Diagnostic> d = load(bytes).diagnostics();
        assertEquals(1, d.size(), d::toString);
        return d.get(0);
    }

    @Test
    void binaryInput() {
        Diagnostic d = only(new byte[] { 's', 'e', 'n', 'd', ' ', 0, (byte) 0xff });
        assertEquals(IssueCodes.BAD_ENCODING, d.code());
        assertEquals(1, d.line());
        assertEquals(6, d.column());
    }

    @Test
    void invalidUtf8PointsAtTheByte() {
        byte[] bytes = "log \"ok\"\nlog \"\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        Diagnostic d = only(bytes);
        assertEquals(IssueCodes.BAD_ENCODING, d.code());
        assertEquals(2, d.line());
        assertEquals(6, d.column());
        assertTrue(d.message().contains("0xE9"));
    }

    @Test
    void tenMegabytesAreRefusedAtOnce() {
        byte[] big = "send AT\n".repeat(10 * 1024 * 1024 / 8).getBytes(StandardCharsets.US_ASCII);
        assertEquals(IssueCodes.FILE_TOO_LARGE, only(big).code());
    }

    @Test
    void largestAcceptedFileStillParses() {
        String line = "send AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883 expect OK timeout 5s\n";
        byte[] big = line.repeat(1_900_000 / line.length()).getBytes(StandardCharsets.US_ASCII);
        LoadedScript s = load(big);
        assertFalse(s.hasSyntaxErrors());
        assertEquals(List.of(), s.diagnostics());
    }

    @Test
    void unterminatedEverything() {
        for (String text : List.of("log \"abc", "payload p = \"\"\"abc", "await /abc", "send AT+X=\"abc",
                "log \"${abc\"", "await +QMTOPEN: 0,{r", "/* comment", "step \"a\" {", "device d {")) {
            List<Diagnostic> d = load(text.getBytes(StandardCharsets.UTF_8)).diagnostics();
            assertTrue(d.stream().anyMatch(Diagnostic::isError), () -> text + " -> " + d);
            assertTrue(d.stream().allMatch(x -> x.line() >= 1 && x.column() >= 1), () -> text + " -> " + d);
        }
    }

    @Test
    void deepNesting() {
        String braces = "step \"a\" " + "{ if x ".repeat(200) + "}".repeat(200);
        assertEquals(IssueCodes.TOO_DEEP, only(braces.getBytes(StandardCharsets.UTF_8)).code());
        String nots = "var x = " + "not ".repeat(50_000) + "1\n";
        List<Diagnostic> d = load(nots.getBytes(StandardCharsets.UTF_8)).diagnostics();
        assertTrue(d.stream().allMatch(x -> x.line() >= 1), d::toString);
    }

    @Test
    void veryLongSingleLine() {
        String text = "send AT+QMTPUB=0,0,0,0,\"" + "x".repeat(500_000) + "\" prompt \"a\" ctrlz\n";
        LoadedScript s = load(text.getBytes(StandardCharsets.UTF_8));
        assertFalse(s.hasSyntaxErrors(), s.diagnostics()::toString);
    }
}
