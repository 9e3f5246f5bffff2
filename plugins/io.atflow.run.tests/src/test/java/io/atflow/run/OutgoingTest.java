package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.engine.channel.Payload;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.DataMode;
import io.atflow.run.interp.CommandFactory;
import io.atflow.run.interp.Outgoing;
import io.atflow.run.interp.ScriptFailure;

/** Commands built as {@code send} builds them, for scripts and interactive sessions alike. */
class OutgoingTest {
    private final CommandFactory commands = new CommandFactory(AtCatalog.standard());
    private final List<String> secrets = new ArrayList<>();

    private Outgoing prepare(String text, DataMode mode, String data) {
        return Outgoing.prepare(commands, text, null, mode, data, null, Duration.ofSeconds(10), secrets::add, "here");
    }

    @Test
    void dataByLengthIsWrittenExactlyAfterThePrompt() {
        Payload p = prepare("AT+QMTPUBEX=0,0,0,0,\"t\",5", DataMode.PROMPT_LENGTH, "hello").command().payload()
                .orElseThrow();
        assertEquals(Payload.Exact.class, p.getClass());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), p.data());
    }

    @Test
    void dataOfAnotherLengthThanAnnouncedIsRefusedWithOneSentence() {
        ScriptFailure f = assertThrows(ScriptFailure.class,
                () -> prepare("AT+QMTPUBEX=0,0,0,0,\"t\",5", DataMode.PROMPT_LENGTH, "hi"));
        assertEquals("the data is 2 bytes but AT+QMTPUBEX announces 5; the module would wait for the rest or cut it",
                f.getMessage());
        assertEquals("here", f.location());
    }

    @Test
    void httpReadReadsItsBody() {
        assertTrue(prepare("AT+QHTTPREAD=80", DataMode.CONNECT_READ, null).command().readsBody());
    }

    /** AT+QMTOPEN answers OK, then +QMTOPEN within 75 s (Quectel MQTT application note, AT+QMTOPEN). */
    @Test
    void aDelayedResultGoesToTheUrcBusAndMayTakeTheCatalogsTime() {
        Outgoing out = prepare("AT+QMTOPEN=0,\"h\",1883", DataMode.NONE, null);
        assertTrue(out.command().delayed().contains("+QMTOPEN"), out.command().delayed()::toString);
        assertEquals(Duration.ofSeconds(75), out.result());
    }

    @Test
    void credentialArgumentsAreMasked() {
        prepare("AT+QMTCONN=0,\"c\",\"user\",\"pass-word-1\"", DataMode.NONE, null);
        assertEquals(List.of("pass-word-1"), secrets);
    }
}
