package io.atflow.lang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;
import io.atflow.lang.testing.TestLanguage;

/**
 * {@code thingModel "model.json"} next to the script (examples/model.json, the note's SmartKit product): payloads
 * published on Alink topics are checked while editing, with the code Aliyun answers in the message.
 */
class ThingModelValidationTest {
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    static final String POST = "/sys/i2uqc2dloOl/device001/thing/event/property/post";

    static LoadedScript load(String text) {
        return TestLanguage.withNoteSecrets().injector().getInstance(ScriptLoader.class).load("t.atflow",
                URI.createFileURI(EXAMPLES.resolve("t.atflow").toString()), text);
    }

    static String publishing(String payload) {
        return "thingModel \"model.json\"\npayload post = \"\"\"" + payload + "\"\"\"\n"
                + "send AT+QMTPUBEX=0,1,1,0,\"" + POST + "\",${len(post)} prompt post\n";
    }

    static List<Issue> tsl(LoadedScript s) {
        return TestLanguage.withNoteSecrets().injector().getInstance(IResourceValidator.class)
                .validate(s.resource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
                .filter(d -> d.getCode() != null && d.getCode().startsWith("atflow.tsl-")).toList();
    }

    @Test
    void theNotesPayloadIsClean() {
        LoadedScript s = load(publishing("{\"id\":1681363292898,\"params\":{\"Temp\":23.9,\"Humi\":69,\"mlux\":825,"
                + "\"LightStatus\":1},\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}"));
        assertEquals(List.of(), s.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO)
                .map(Diagnostic::format).toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " | ", value = {
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Tmp\":23.9}} | atflow.tsl-unknown-identifier | Tmp | 6332",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Humi\":101}} | atflow.tsl-out-of-range | 101 | 6306",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Humi\":\"dry\"}} | atflow.tsl-wrong-type | \"dry\" | 6306",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"LightStatus\":2}} | atflow.tsl-not-in-enum | 2 | 6306",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Temp\":23}} | atflow.tsl-float-without-point | 23 | ",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"GeoLocation\":{\"Lat\":1.0}}} | atflow.tsl-not-in-struct | Lat | 6304",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"TempHistory\":[1.0,2.0,3.0,4.0,5.0]}} | atflow.tsl-array-size | [1.0,2.0,3.0,4.0,5.0] | 6324",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Firmware\":\"0123456789012345678901234567890123\"}} | atflow.tsl-too-long | \"0123456789012345678901234567890123\" | 6310",
        "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.post\",\"params\":{}} | atflow.tsl-envelope | \"thing.event.post\" | 6300" })
    void eachViolationIsPlacedOnWhatItIsAbout(String payload, String code, String marked, String aliyun) {
        String text = publishing(payload);
        LoadedScript s = load(text);
        List<Issue> d = tsl(s);
        assertEquals(1, d.size(), d::toString);
        Issue x = d.get(0);
        assertEquals(code, x.getCode());
        assertEquals(aliyun == null ? Severity.WARNING : Severity.ERROR, x.getSeverity());
        if (aliyun != null) {
            assertTrue(x.getMessage().contains(aliyun), x.getMessage());
        }
        if (marked != null) {
            assertEquals(marked, text.substring(x.getOffset(), x.getOffset() + x.getLength()));
        }
        assertEquals(2, x.getLineNumber());
    }

    @Test
    void aPayloadThatIsNotJsonIsMarkedWhole() {
        String payload = "{\"id\":\"1\",\"version\":\"1.0\",\"method\":\"thing.event.property.post\",\"params\":{\"Temp\":23.9}";
        String text = publishing(payload);
        Issue x = tsl(load(text)).get(0);
        assertEquals("atflow.tsl-not-json", x.getCode());
        assertTrue(x.getMessage().contains("code 460"), x.getMessage());
        assertEquals("\"\"\"" + payload + "\"\"\"", text.substring(x.getOffset(), x.getOffset() + x.getLength()));
    }

    @Test
    void aDidYouMeanNamesTheModelsIdentifier() {
        Issue d = tsl(load(publishing("{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"Humidity\":50}}"))).get(0);
        assertTrue(d.getMessage().contains("defines no property Humidity"), d.getMessage());
        d = tsl(load(publishing("{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"Temq\":20.5}}"))).get(0);
        assertTrue(d.getMessage().endsWith("did you mean Temp?; Aliyun answers code 6332"), d.getMessage());
    }

    /** 6300 "method does not exist": Aliyun "Error codes for devices" (doc 120329), table 3. */
    @Test
    void aPayloadWithoutMethodIsMarkedWhole() {
        String payload = "{\"id\":\"1\",\"version\":\"1.0\",\"params\":{\"Humi\":50}}";
        String text = publishing(payload);
        List<Issue> d = tsl(load(text));
        assertEquals(1, d.size(), d::toString);
        assertEquals("atflow.tsl-no-method", d.get(0).getCode());
        assertTrue(d.get(0).getMessage().endsWith("needs \"method\": \"thing.event.property.post\"; Aliyun answers"
                + " code 6300"), d.get(0).getMessage());
        assertEquals("\"\"\"" + payload + "\"\"\"", text.substring(d.get(0).getOffset(), d.get(0).getOffset()
                + d.get(0).getLength()));
    }

    @Test
    void eventPostsAndUnknownEventsOnTheTopic() {
        String text = "thingModel \"model.json\"\n"
                + "send AT+QMTPUBEX=0,1,1,0,\"/sys/i2uqc2dloOl/device001/thing/event/Eror/post\",2 prompt \"{}\"\n";
        Issue d = tsl(load(text)).stream().filter(i -> i.getCode().equals("atflow.tsl-unknown-identifier"))
                .findFirst().orElseThrow();
        assertEquals("\"/sys/i2uqc2dloOl/device001/thing/event/Eror/post\"",
                text.substring(d.getOffset(), d.getOffset() + d.getLength()));
        assertTrue(d.getMessage().contains("defines no event Eror; did you mean Error?"), d.getMessage());
    }

    @Test
    void aMissingOrBrokenModelFileIsOneSentence() {
        Diagnostic d = load("thingModel \"nothing-here.json\"\n").diagnostics().get(0);
        assertEquals("atflow.thing-model", d.code());
        assertTrue(d.message().startsWith("the thing model file nothing-here.json does not exist next to this script"),
                d.message());
        d = load("thingModel \"7-property-post.atflow\"\n").diagnostics().get(0);
        assertEquals("atflow.thing-model", d.code());
        assertTrue(d.message().startsWith("thing model 7-property-post.atflow is not valid JSON"), d.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", value = {
        "atflow.aliyun-unsupported | send AT+QMTPUBEX=0,1,2,0,\"/i2uqc2dloOl/device001/user/update\",2 prompt \"{}\" | send AT+QMTPUBEX=0,1,1,0,\"/i2uqc2dloOl/device001/user/update\",2 prompt \"{}\"",
        "atflow.aliyun-unsupported | send AT+QMTPUBEX=0,1,1,1,\"/i2uqc2dloOl/device001/user/update\",2 prompt \"{}\" | send AT+QMTPUBEX=0,1,1,0,\"/i2uqc2dloOl/device001/user/update\",2 prompt \"{}\"",
        "atflow.aliyun-unsupported | send AT+QMTSUB=0,1,\"/i2uqc2dloOl/device001/user/get\",2 | send AT+QMTSUB=0,1,\"/i2uqc2dloOl/device001/user/get\",1",
        "atflow.aliyun-unsupported | send AT+QMTCFG=\"will\",0,1,0,0,\"/i2uqc2dloOl/device001/user/update\",\"gone\" | send AT+QMTCFG=\"will\",0",
        "atflow.topic-right | send AT+QMTSUB=0,1,\"/sys/i2uqc2dloOl/device001/thing/event/property/post\",1 | send AT+QMTSUB=0,1,\"/sys/i2uqc2dloOl/device001/thing/event/property/post_reply\",1",
        "atflow.topic-right | send AT+QMTPUBEX=0,1,1,0,\"/i2uqc2dloOl/device001/user/get\",2 prompt \"{}\" | send AT+QMTPUBEX=0,1,1,0,\"/i2uqc2dloOl/device001/user/update\",2 prompt \"{}\"" })
    void aliyunLimitsWhereStaticallyVisible(String code, String bad, String good) {
        IssueAssert.has(bad, code);
        IssueAssert.lacks(good, code);
    }
}
