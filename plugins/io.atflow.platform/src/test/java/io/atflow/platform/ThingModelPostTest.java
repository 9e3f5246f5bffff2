package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
    static final List<PlatformEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        platform = IotPlatform.start(PlatformConfig.defaults());
        platform.addListener(events::add);
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

    /**
     * An undefined property: Aliyun's cloud log records status 6332, Reason "tsl parse failed" and ResultData
     * {"CurrentTemperature":"5092 - property not found"} (GitHub small-tou/arduino-aliyun-iot-sdk issue 17, the
     * same post as here); the reply carries the status as its code, the log keeps the per-property 5092 apart.
     */
    @Test
    void anUndefinedPropertyIsLoggedAs6332With5092() throws Exception {
        JsonObject r = reply(POST, "{\"id\":\"123\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\","
                + "\"params\":{\"CurrentTemperature\":30}}");
        assertEquals(6332, r.get("code").getAsInt(), r.toString());
        assertEquals("tsl parse failed", r.get("message").getAsString());
        assertEquals("{}", r.get("data").toString());
        PlatformEvent.PostRefused logged = events.stream().filter(e -> e instanceof PlatformEvent.PostRefused)
                .map(PlatformEvent.PostRefused.class::cast).filter(e -> e.identifier().equals("CurrentTemperature"))
                .findFirst().orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(6332, logged.status());
        assertEquals("tsl        i2uqc2dloOl/device001 " + POST + ": status 6332 tsl parse failed"
                + " {\"CurrentTemperature\":\"5092 - property not found\"}", logged.describe());
    }

    /** 6300, "method does not exist" (Aliyun "Error codes for devices", doc 120329, table 3). */
    @Test
    void aPostWithoutMethodIs6300() throws Exception {
        assertEquals(6300, reply(POST, "{\"id\":\"8\",\"version\":\"1.0\",\"params\":{\"Humi\":50}}")
                .get("code").getAsInt());
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
