package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Posts of a product the platform has a thing model for (examples/model.json, the note's SmartKit product) are
 * answered as Aliyun's strict verification does: the codes of Aliyun's "Error codes for devices" page.
 */
@Timeout(60)
class ThingModelPostTest {
    static final String POST = "/sys/i2uqc2dloOl/device001/thing/event/property/post";
    static IotPlatform platform;

    @BeforeAll
    static void start() {
        platform = IotPlatform.start(PlatformConfig.defaults());
        platform.thingModels().load(Path.of("../../examples/model.json"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static JsonObject reply(String topic, String payload) throws Exception {
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, false, PropertyPostTest.plain(), inbox);
        try {
            c.subscribe(topic + "_reply", 1);
            c.publish(topic, payload.getBytes(), 1, false);
            Clients.Received r = inbox.next();
            assertEquals(topic + "_reply", r.topic());
            return JsonParser.parseString(r.payload()).getAsJsonObject();
        } finally {
            Clients.close(c);
        }
    }

    @Test
    void theNotesPostStillSucceeds() throws Exception {
        JsonObject r = reply(POST, "{\"id\":1681363292898,\"params\":{\"Temp\":23.9,\"Humi\":69,\"mlux\":825,"
                + "\"LightStatus\":1},\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}");
        assertEquals(200, r.get("code").getAsInt());
        assertEquals("success", r.get("message").getAsString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " | ", value = {
        "\"Tmp\":23.9 | 6321",
        "\"Humi\":101 | 6306",
        "\"LightStatus\":3 | 6306",
        "\"Temp\":200.5 | 6307",
        "\"GeoLocation\":{\"Longitude\":181.0} | 6308",
        "\"GeoLocation\":{\"Lon\":1.0} | 6304",
        "\"Firmware\":\"a-firmware-version-that-is-far-too-long\" | 6310",
        "\"TempHistory\":[1.0,2.0,3.0,4.0,5.0] | 6324",
        "\"TempHistory\":1.0 | 6328" })
    void violationsGetAliyunsCodes(String params, int code) throws Exception {
        JsonObject r = reply(POST, "{\"id\":\"42\",\"version\":\"1.0\",\"params\":{" + params
                + "},\"method\":\"thing.event.property.post\"}");
        assertEquals(code, r.get("code").getAsInt(), r.toString());
        assertEquals("42", r.get("id").getAsString());
        assertEquals("thing.event.property.post", r.get("method").getAsString());
    }

    @Test
    void anEventPostIsCheckedAgainstItsOutputData() throws Exception {
        String topic = "/sys/i2uqc2dloOl/device001/thing/event/Error/post";
        assertEquals(200, reply(topic, "{\"id\":\"5\",\"version\":\"1.0\",\"method\":\"thing.event.Error.post\","
                + "\"params\":{\"value\":{\"ErrorCode\":2},\"time\":1524448722000}}").get("code").getAsInt());
        JsonObject r = reply(topic, "{\"id\":\"6\",\"version\":\"1.0\",\"method\":\"thing.event.Error.post\","
                + "\"params\":{\"value\":{\"ErrorCode\":9}}}");
        assertEquals(6306, r.get("code").getAsInt());
        assertEquals("thing.event.Error.post", r.get("method").getAsString());
    }

    @Test
    void aMethodOtherThanTheTopicsIs6300() throws Exception {
        assertEquals(6300, reply(POST, "{\"id\":\"7\",\"version\":\"1.0\",\"params\":{\"Humi\":50},"
                + "\"method\":\"thing.event.Error.post\"}").get("code").getAsInt());
    }
}
