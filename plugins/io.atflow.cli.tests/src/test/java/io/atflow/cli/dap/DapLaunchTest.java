package io.atflow.cli.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The launch arguments as {@code atflow run} options, and a sentence naming the argument for each mistake. */
class DapLaunchTest {
    @TempDir
    Path dir;

    @Test
    void varsBecomeScriptVariablesAndFlagsAreRead() throws Exception {
        Path s = Files.writeString(dir.resolve("s.atflow"), "var apn = \"\"\n");
        DapLaunch l = DapLaunch.parse(args("{\"program\":" + quote(s) + ",\"vars\":{\"apn\":\"cmnet\",\"tries\":3},"
                + "\"stopOnEntry\":true}"));
        assertEquals(Map.of("apn", "cmnet", "tries", "3"), l.options().variables());
        assertEquals("sim", l.options().port());
        assertTrue(l.stopOnEntry());
        assertEquals(false, l.noDebug());
    }

    @Test
    void eachMistakeNamesItsArgument() throws Exception {
        Path s = Files.writeString(dir.resolve("s.atflow"), "var apn = \"\"\n");
        String p = "{\"program\":" + quote(s);
        assertEquals("\"vars\" is not an object of script variables, e.g. {\"apn\": \"cmnet\"}",
                refused(p + ",\"vars\":[\"apn=cmnet\"]}"));
        assertEquals("\"vars\": the value of apn is not a string or a number", refused(p + ",\"vars\":{\"apn\":{}}}"));
        assertEquals("\"vars\": Bad-Name=1 is not name=value with a script variable name, e.g. apn=cmnet",
                refused(p + ",\"vars\":{\"Bad-Name\":1}}"));
        assertEquals("\"stopOnEntry\" is not true or false", refused(p + ",\"stopOnEntry\":\"yes\"}"));
        assertEquals("\"port\" is not a string", refused(p + ",\"port\":5000}"));
        assertEquals("\"program\": " + dir + " is not a readable file", refused("{\"program\":" + quote(dir) + "}"));
    }

    private static String refused(String json) {
        return assertThrows(DapError.class, () -> DapLaunch.parse(args(json))).getMessage();
    }

    private static JsonObject args(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static String quote(Path p) {
        return new com.google.gson.JsonPrimitive(p.toString()).toString();
    }
}
