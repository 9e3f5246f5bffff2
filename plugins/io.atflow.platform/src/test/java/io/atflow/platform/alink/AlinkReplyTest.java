package io.atflow.platform.alink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AlinkReplyTest {
    static String reply(int code, String id, String message) {
        return "{\"code\":" + code + ",\"data\":{},\"id\":\"" + id + "\",\"message\":\"" + message
                + "\",\"method\":\"thing.event.property.post\",\"version\":\"1.0\"}";
    }

    @Test
    void theApplicationNotesExchange() {
        assertEquals(reply(200, "1681363292898", "success"), AlinkReply.to(AlinkReply.PROPERTY_POST,
                "{\"id\":1681363292898,\"params\":{\"Temp\":23.9,\"Humi\":69,\"mlux\":825,\"LightStatus\":1},"
                        + "\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}\n"));
    }

    @Test
    void stringIdsAreEchoed() {
        assertEquals(reply(200, "abc-1", "success"), AlinkReply.to(AlinkReply.PROPERTY_POST,
                "{\"id\":\"abc-1\",\"params\":{}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "not json", "{\"id\":1,\"params\":{}", "[1,2]", "{id:1,params:{}}",
        "{\"id\":1,\"params\":{}} trailing", "{\"params\":{}}", "{\"id\":true,\"params\":{}}",
        "{'id':1,'params':{}}" })
    void malformedRequestsGetCode460(String request) {
        assertEquals(reply(460, "", "request parameter error"), AlinkReply.to(AlinkReply.PROPERTY_POST, request));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"id\":1}", "{\"id\":1,\"params\":[1]}", "{\"id\":1,\"params\":\"x\"}" })
    void requestsWithAnIdButNoParamsObjectKeepTheirId(String request) {
        assertEquals(reply(460, "1", "request parameter error"), AlinkReply.to(AlinkReply.PROPERTY_POST, request));
    }

    @Test
    void otherEventsNameTheirMethod() {
        assertEquals("{\"code\":200,\"data\":{},\"id\":\"9\",\"message\":\"success\",\"method\":"
                + "\"thing.event.alarm.post\",\"version\":\"1.0\"}",
                AlinkReply.to("thing.event.alarm.post", "{\"id\":\"9\",\"params\":{\"value\":{}}}"));
    }
}
