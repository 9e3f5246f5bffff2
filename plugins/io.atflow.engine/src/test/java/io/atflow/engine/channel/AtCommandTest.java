package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.atflow.engine.testing.QuectelFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtCommandTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "AT+CSQ                                         => +CSQ        | ",
        "AT+CEREG?                                      => +CEREG      | ",
        "at+cgpaddr                                     => +CGPADDR    | ",
        "AT+QMTOPEN=0,\"iot.example.com\",1883           =>             | +QMTOPEN",
        "AT+QMTOPEN?                                    => +QMTOPEN    | ",
        "AT+QMTOPEN=?                                   => +QMTOPEN    | ",
        "AT+QMTCONN=0,\"device001\"                      =>             | +QMTCONN",
        "AT+QMTSUB=0,1,\"/sys/a;b/c\",0                  =>             | +QMTSUB",
        "AT+QMTPUBEX=0,0,0,0,\"/t\",133                  =>             | +QMTPUBEX",
        "AT+QHTTPPOST=120,120,120                       =>             | +QHTTPPOST",
        "AT+QHTTPREAD=80                                => +QHTTPREAD? | ",
        "AT+QMTCFG=\"aliauth\",0                         => +QMTCFG     | ",
        "AT+CSQ;+CREG?                                  => +CSQ,+CREG  | ",
        "ATI                                            =>             | ",
        "ATE0                                           =>             | ",
        // Quectel's manuals name commands with + and $ only (AtLexer): AT$QCRMCALL answers $QCRMCALL: 1,V4, while
        // Huawei's AT^SYSINFO names nothing a Quectel module prints
        "AT$QCRMCALL=1,1                                => $QCRMCALL   | ",
        "AT^SYSINFO                                     =>             | " })
    void defaultResponsesAndDelayedResults(String text, String expected) {
        String[] e = expected.split("\\|", -1);
        AtCommand c = QuectelFacts.command(text);
        String responses = e[0].strip();
        if (responses.endsWith("?")) {
            assertEquals(Set.of(), c.responses(), "QHTTPREAD's result arrives after the body: delayed");
            assertEquals(Set.of(responses.substring(0, responses.length() - 1)), c.delayed());
            return;
        }
        assertEquals(responses.isEmpty() ? Set.of() : Set.of(responses.split(",")), c.responses());
        assertEquals(e[1].isBlank() ? Set.of() : Set.of(e[1].strip()), c.delayed());
    }

    @Test
    void overridesReplaceTheDefaults() {
        AtCommand c = QuectelFacts.command("AT+QENG=\"servingcell\"").withResponses("+QENG:", "+QIND").withDelayed("+QIND");
        assertEquals(Set.of("+QENG"), c.responses());
        assertEquals(Set.of("+QIND"), c.delayed());
        assertEquals(Duration.ofSeconds(75), c.withTimeout(Duration.ofSeconds(75)).timeout());
        assertEquals(AtCommand.DEFAULT_TIMEOUT, c.timeout());
    }

    @Test
    void wireBytesEndWithCr() {
        assertArrayEquals("AT+CSQ\r".getBytes(StandardCharsets.US_ASCII), QuectelFacts.command("AT+CSQ").wire());
    }

    @Test
    void rejectsLineBreaksAndNonPositiveTimeouts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuectelFacts.command("AT\r\nAT"));
        assertEquals("an AT command is one line; \"AT\r\nAT\" contains a line break", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuectelFacts.command("AT").withTimeout(Duration.ZERO));
    }

    @ParameterizedTest
    @CsvSource({
        // BG96/BG95 TCP/IP manuals: AT+QISEND (after the prompt), AT+QISENDEX (hex in the line), AT+QSSLSEND end
        // with SEND OK / SEND FAIL / ERROR; the query AT+QISEND=? and other commands never do.
        "'AT+QISENDEX=0,\"3132333435\"', false, true",
        "'AT+QSSLSEND=1,4',              true,  true",
        "'AT+QISEND=0,4',                true,  true",
        "'AT+QISEND=?',                  false, false",
        "'AT+QMTPUB=0,0,0,0,\"/t\"',      true,  true",
        "'AT+QIRD=0,1500',               false, false",
        "'AT+CSQ',                       false, false" })
    void sendResultsEndSendCommandsOnly(String text, boolean prompt, boolean answers) {
        AtCommand c = QuectelFacts.command(text);
        assertEquals(answers, (prompt ? c.withPayload(Payload.exact("test")) : c).answersSendResult(), text);
    }

    @Test
    void payloadWireForms() {
        assertArrayEquals("ab\u001a".getBytes(StandardCharsets.US_ASCII), Payload.ctrlZ("ab").wireBytes());
        assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), Payload.exact("ab").wireBytes());
        assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), Payload.afterConnect("ab").wireBytes());
    }
}
