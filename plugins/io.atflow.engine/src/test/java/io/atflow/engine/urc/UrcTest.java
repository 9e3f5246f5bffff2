package io.atflow.engine.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrcTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "+QMTOPEN: 0,0                      => +QMTOPEN | 0;0",
        "+QMTCONN: 0,0,0                    => +QMTCONN | 0;0;0",
        "+QMTRECV: 0,1,\"/sys/a,b\",\"x\"    => +QMTRECV | 0;1;/sys/a,b;x",
        "+QIND: \"csq\", 20 ,99             => +QIND    | csq;20;99",
        "RDY                                => RDY      | ",
        "+CPIN: READY                       => +CPIN    | READY" })
    void nameAndFields(String line, String expected) {
        String[] e = expected.split("\\|", -1);
        Urc u = new Urc(Instant.EPOCH, line);
        assertEquals(e[0].strip(), u.name());
        assertEquals(e[1].isBlank() ? List.of() : List.of(e[1].strip().split(";")), u.fields());
    }

    @Test
    void lengthFramedPayloadIsOneFieldWhateverItContains() {
        String payload = "{\"code\":200,\r\n\"data\":{}}";
        Urc u = new Urc(Instant.EPOCH, "+QMTRECV: 0,1,\"/sys/p/d/post_reply\"," + payload.length() + ",\"" + payload + "\"",
                payload.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("0", "1", "/sys/p/d/post_reply", Integer.toString(payload.length()), payload), u.fields());
        assertEquals(payload, u.payloadText());
    }

    @Test
    void filters() {
        Urc u = new Urc(Instant.EPOCH, "+QMTSTAT: 0,1");
        assertTrue(UrcFilter.prefix("+QMTSTAT:").matches(u));
        assertFalse(UrcFilter.prefix("+QMTSTAT: 1").matches(u));
        assertTrue(UrcFilter.pattern("\\+QMTSTAT: 0,(?<err>\\d+)").matches(u));
        assertFalse(UrcFilter.pattern("QMTSTAT").matches(u), "a pattern matches the whole line");
        assertTrue(UrcFilter.any().matches(u));
        assertEquals("pattern /\\d/", UrcFilter.pattern("\\d").describe());
    }

    @Test
    void maskedCopyHidesSecretsInLineAndPayload() {
        Urc u = new Urc(Instant.EPOCH, "+QMTRECV: 0,1,\"t\",6,\"secret\"", "secret".getBytes(StandardCharsets.UTF_8));
        Urc m = u.masked(s -> s.replace("secret", "****"));
        assertEquals("+QMTRECV: 0,1,\"t\",6,\"****\"", m.line());
        assertEquals("****", m.payloadText());
    }
}
