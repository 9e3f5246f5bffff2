package io.atflow.launch.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.run.RunEventText;

class UrcDetailsTest {
    private final UrcRowDecoder decoder = new UrcRowDecoder(AtCatalog.standard());
    private final Instant time = Instant.parse("2025-01-01T12:00:01.234Z");

    @Test
    void codedFieldsShowTheirMeaning() {
        assertEquals("""
                +QMTSTAT: 0,1

                time        %s
                source      run
                client_idx  0
                err_code    1  \u2192 connection closed or reset by peer
                meaning     connection closed or reset by peer
                """.formatted(RunEventText.stamp(time, ZoneId.systemDefault())),
                UrcDetails.of(decoder.decode(1, time, "run", "+QMTSTAT: 0,1", null)));
    }

    @Test
    void jsonPayloadComesFirstPrettyPrinted() {
        String details = UrcDetails.of(decoder.decode(1, time, "run", "+QMTRECV: 0,1,\"t\",\"{\"code\":200}\"", null));
        assertEquals("""
                +QMTRECV: 0,1,"t","{"code":200}"

                {
                  "code": 200
                }

                time        %s
                source      run
                client_idx  0
                msgid       1
                topic       t
                payload     (the JSON above)
                """.formatted(RunEventText.stamp(time, ZoneId.systemDefault())),
                details.substring(0, details.indexOf("meaning")));
    }
}
