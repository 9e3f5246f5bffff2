package io.atflow.launch.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;

class UrcRowDecoderTest {
    private static final Instant T = Instant.parse("2025-01-01T12:00:00Z");
    private final UrcRowDecoder decoder = new UrcRowDecoder(AtCatalog.standard());

    private UrcRow decode(String line) {
        return decoder.decode(1, T, "test", line, null);
    }

    @Test
    void mqttStatusGetsItsMeaning() {
        UrcRow row = decode("+QMTSTAT: 0,1");
        assertEquals("+QMTSTAT", row.code());
        assertEquals(List.of(new UrcField("client_idx", "0", null),
                new UrcField("err_code", "1", "connection closed or reset by peer")), row.fields());
        assertEquals("connection closed or reset by peer", row.meaning());
        assertEquals("client_idx=0, err_code=1", row.fieldsText());
        assertNull(row.json());
    }

    @Test
    void severalCodedFieldsAreNamedInTheMeaning() {
        UrcRow row = decode("+QMTCONN: 0,0,4");
        assertEquals("result 0: packet sent and acknowledged; ret_code 4: bad user name or password", row.meaning());
    }

    @Test
    void jsonPayloadWithCommasAndQuotesStaysOneFieldAndIsPrettyPrinted() {
        String payload = "{\"code\":200,\"data\":{},\"id\":\"1\",\"message\":\"success\",\"method\":\"thing.event.property.post\","
                + "\"version\":\"1.0\"}";
        UrcRow row = decode("+QMTRECV: 0,0,\"/sys/pk/dn/thing/event/property/post_reply\",\"" + payload + "\"");
        assertEquals(4, row.fields().size());
        assertEquals("payload", row.fields().get(3).name());
        assertEquals(payload, row.fields().get(3).value());
        assertEquals("/sys/pk/dn/thing/event/property/post_reply", row.fields().get(2).value());
        assertTrue(row.json().startsWith("{\n  \"code\": 200,\n  \"data\": {},"), row.json());
        assertTrue(row.json().contains("\"method\": \"thing.event.property.post\""), row.json());
    }

    @Test
    void lengthInFrontOfThePayloadIsItsOwnField() {
        UrcRow row = decode("+QMTRECV: 0,1,\"t\",7,\"{\"a\":1}\"");
        assertEquals(List.of("client_idx", "msgid", "topic", "length", "payload"),
                row.fields().stream().map(UrcField::name).toList());
        assertEquals("7", row.fields().get(3).value());
        assertEquals("{\"a\":1}", row.fields().get(4).value());
        assertEquals("{\n  \"a\": 1\n}", row.json());
    }

    @Test
    void plainTextPayloadHasNoJson() {
        UrcRow row = decode("+QMTRECV: 0,1,\"t\",\"hello, world\"");
        assertEquals("hello, world", row.fields().get(3).value());
        assertNull(row.json());
        assertTrue(row.meaning().startsWith("A message arrived"), row.meaning());
    }

    @Test
    void unknownCodesGetNumberedFields() {
        UrcRow row = decode("+XYZ: 3,\"a,b\"");
        assertEquals("+XYZ", row.code());
        assertEquals(List.of(new UrcField("#1", "3", null), new UrcField("#2", "a,b", null)), row.fields());
        assertEquals("", row.meaning());
    }

    @Test
    void wordsAreTheirOwnCode() {
        UrcRow row = decode("RDY");
        assertEquals("RDY", row.code());
        assertTrue(row.fields().isEmpty());
    }

    @Test
    void interpreterMeaningIsUsedWhenTheFieldsHaveNone() {
        UrcRow row = decoder.decode(1, T, "run", "+QIURC: \"pdpdeact\",1", "the PDP context was deactivated");
        assertEquals("the PDP context was deactivated", row.meaning());
        assertEquals("event=pdpdeact, id=1", row.fieldsText());
    }
}
