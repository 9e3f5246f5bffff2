package io.atflow.aliyun.tsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonParser;

import io.atflow.aliyun.AliyunInputException;

/**
 * The example thing model (examples/model.json: the note's SmartKit product) against payloads. Expected codes are
 * those of Aliyun's "Error codes for devices" page (general table and thing-model table).
 */
class TslCheckTest {
    static final String PROPS = "/sys/i2uqc2dloOl/device001/thing/event/property/post";
    static ThingModel model;

    @BeforeAll
    static void load() throws Exception {
        model = TslParser.parse(Files.readString(Path.of("../../examples/model.json")), "model.json");
    }

    static List<TslViolation> check(String topic, String json) {
        return new TslCheck(model, (n, known) -> known.stream().filter(k -> subsequence(n, k)).toList()).check(AlinkTopic.of(topic).orElseThrow(), JsonParser.parseString(json).getAsJsonObject());
    }

    /** The test's stand-in for a did-you-mean: the known names that contain the written one's letters in order. */
    static boolean subsequence(String written, String known) {
        int i = 0;
        for (char c : known.toCharArray()) {
            if (i < written.length() && c == written.charAt(i)) {
                i++;
            }
        }
        return i == written.length();
    }

    @Test
    void theNotesPostPasses() {
        assertEquals(List.of(), check(PROPS, "{\"id\":1681363292898,\"params\":{\"Temp\":23.9,\"Humi\":69,"
                + "\"mlux\":825,\"LightStatus\":1},\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}"));
    }

    @Test
    void exportReadsSpecsWrittenAsStrings() {
        assertEquals("i2uqc2dloOl", model.productKey());
        assertEquals("float [-40, 120]", model.property("Temp").orElseThrow().type().describe());
        assertEquals(4, model.property("TempHistory").orElseThrow().type().size());
        assertEquals(List.of("ErrorCode", "Detail"), model.event("Error").orElseThrow().outputData().stream()
                .map(TslParam::identifier).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", value = {
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Tmp\":23.9}}                  | 6332 | Tmp | Temp",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Temp\":200.5}}                | 6307 | Temp | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Temp\":\"hot\"}}              | 6307 | Temp | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Humi\":101}}                  | 6306 | Humi | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Humi\":50.5}}                 | 6306 | Humi | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"LightStatus\":2}}             | 6306 | LightStatus | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Firmware\":1}}               | 6310 | Firmware | \"1\"",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Firmware\":\"123456789012345678901234567890123\"}} | 6310 | Firmware | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"GeoLocation\":{\"Longitude\":120.1,\"Lat\":30.2}}} | 6304 | Lat | Latitude",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"GeoLocation\":{\"Longitude\":190.0}}} | 6308 | Longitude | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"TempHistory\":23.5}}          | 6328 | TempHistory | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"TempHistory\":[1.0,2.0,3.0,4.0,5.0]}} | 6324 | TempHistory | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Humi\":{\"value\":120,\"time\":1524448722000}}} | 6306 | value | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"InstallDate\":\"yesterday\"}} | 460 | InstallDate | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.post\",\"params\":{}} | 6300 | method | \"thing.event.property.post\"",
        "{\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{}}                                           | 460 | id | ",
        "{\"id\":\"1\",\"version\":\"2.0\",\"method\":\"thing.event.property.post\",\"params\":{}}                              | 460 | version | \"1.0\"" })
    void propertyPostViolations(String json, int code, String key, String suggestion) {
        List<TslViolation> v = check(PROPS, json);
        assertEquals(1, v.size(), v.toString());
        assertEquals(code, v.get(0).code(), v.get(0).message());
        assertEquals(key, v.get(0).key());
        assertEquals(suggestion, v.get(0).suggestion());
    }

    @Test
    void floatWithoutDecimalPointIsAdviceNotRefusal() {
        List<TslViolation> v = check(PROPS, "{\"id\":\"1\",\"version\":\"1.0\","
                + "\"method\":\"thing.event.property.post\",\"params\":{\"Temp\":23}}");
        assertEquals(1, v.size());
        assertEquals(TslViolation.Problem.FLOAT_WITHOUT_POINT, v.get(0).problem());
        assertTrue(!v.get(0).refused());
        assertEquals("23.0", v.get(0).suggestion());
    }

    /** 460 "the number of parameters exceeds the limit": Aliyun "Error codes for devices" (doc 120329), table 1. */
    @Test
    void moreThanTwoHundredPropertiesIs460() {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < 201; i++) {
            params.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":1");
        }
        List<TslViolation> v = check(PROPS, "{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{"
                + params + "}}");
        assertEquals(460, v.get(0).code());
        assertEquals("request parameter error", TslCodes.replyMessage(v.get(0)));
    }

    /**
     * The cloud log of a post naming an undefined property, as a user reported it (GitHub
     * small-tou/arduino-aliyun-iot-sdk issue 17): status 6332, Reason "tsl parse failed", ResultData
     * {"CurrentTemperature":"5092 - property not found"}.
     */
    @Test
    void anUndefinedPropertyIs6332TslParseFailedWith5092InTheLog() {
        List<TslViolation> v = check(PROPS, "{\"id\":\"123\",\"version\":\"1.0\","
                + "\"method\":\"thing.event.property.post\",\"params\":{\"CurrentTemperature\":30}}");
        assertEquals(1, v.size(), v.toString());
        assertEquals(6332, v.get(0).code());
        assertEquals("tsl parse failed", TslCodes.replyMessage(v.get(0)));
        assertEquals("5092 - property not found", TslCodes.logResult(v.get(0)));
        assertEquals("CurrentTemperature", v.get(0).key());
    }

    /** 6300 "method does not exist": Aliyun "Error codes for devices" (doc 120329), table 3 (TSL公共错误码). */
    @Test
    void aRequestWithoutMethodIs6300() {
        List<TslViolation> v = check(PROPS, "{\"id\":\"1\",\"version\":\"1.0\",\"params\":{\"Humi\":50}}");
        assertEquals(1, v.size(), v.toString());
        assertEquals(6300, v.get(0).code());
        assertEquals(List.of("method"), v.get(0).path());
        assertEquals(TslViolation.Problem.NO_METHOD, v.get(0).problem());
        assertEquals("\"thing.event.property.post\"", v.get(0).suggestion());
        assertEquals(null, TslCodes.logResult(v.get(0)));
    }

    @Test
    void eventPostChecksOutputDataInValue() {
        String topic = "/sys/i2uqc2dloOl/device001/thing/event/Error/post";
        assertEquals(List.of(), check(topic, "{\"id\":\"2\",\"version\":\"1.0\",\"method\":\"thing.event.Error.post\","
                + "\"params\":{\"value\":{\"ErrorCode\":1,\"Detail\":\"probe\"},\"time\":1524448722000}}"));
        List<TslViolation> v = check(topic, "{\"id\":\"2\",\"method\":\"thing.event.Error.post\","
                + "\"params\":{\"value\":{\"ErrorCode\":7}}}");
        assertEquals(6306, v.get(0).code());
        assertEquals(List.of("params", "value", "ErrorCode"), v.get(0).path());
        assertEquals(6321, check("/sys/i2uqc2dloOl/device001/thing/event/Eror/post",
                "{\"id\":\"2\",\"method\":\"thing.event.Eror.post\",\"params\":{\"value\":{}}}").get(0).code());
    }

    @Test
    void serviceReplyChecksData() {
        String topic = "/sys/i2uqc2dloOl/device001/thing/service/SetThreshold_reply";
        assertEquals(List.of(), check(topic, "{\"id\":\"3\",\"code\":200,\"data\":{\"Applied\":1}}"));
        assertEquals(6306, check(topic, "{\"id\":\"3\",\"code\":200,\"data\":{\"Applied\":3}}").get(0).code());
        assertEquals(460, check(topic, "{\"id\":\"3\",\"data\":{}}").get(0).code());
    }

    @Test
    void aFileThatIsNoModelIsOneSentence() {
        AliyunInputException e = assertThrows(AliyunInputException.class, () -> TslParser.parse(
                "{\"properties\":[{\"identifier\":\"x\",\"dataType\":{\"type\":\"decimal\"}}]}", "m.json"));
        assertEquals("thing model m.json names the unknown data type \"decimal\" at properties.x (int, float, double,"
                + " text, enum, bool, date, struct or array)", e.getMessage());
    }
}
