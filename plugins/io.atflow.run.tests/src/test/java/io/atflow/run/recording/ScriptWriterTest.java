package io.atflow.run.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.channel.CommandResult;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.DataMode;

class ScriptWriterTest {
    private final ScriptWriter writer = new ScriptWriter(AtCatalog.standard());

    @TempDir
    Path dir;

    private static Recorded ok(String command, String... lines) {
        return new Recorded.Command(command, DataMode.NONE, null, new CommandResult.Success(command, "OK", List.of(lines), null));
    }

    private static Recorded urc(String line) {
        return new Recorded.Unsolicited(line);
    }

    @Test
    void sessionBecomesSendsExpectsAndAwaits() {
        String script = writer.write(List.of(
                ok("ATE0"),
                ok("AT+CSQ", "+CSQ: 23,99"),
                ok("AT+CEREG?", "+CEREG: 0,1"),
                ok("AT+CGPADDR=1", "+CGPADDR: 1,\"10.113.242.215\""),
                ok("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883"),
                urc("+QMTOPEN: 0,0"),
                urc("+QMTRECV: 0,1,\"/sys/pk/dn/thing/event/property/post_reply\",\"{\"code\":200,\"id\":\"1\"}\""),
                urc("+QMTSTAT: 0,1")), List.of("Recorded in the ATFlow AT console"));
        assertEquals("""
                // Recorded in the ATFlow AT console

                step "console session" {
                  send ATE0
                  send AT+CSQ expect +CSQ: {rssi},{ber}
                  send AT+CEREG? expect +CEREG: {n},1
                  send AT+CGPADDR=1 expect +CGPADDR: 1,"{ipv4}"
                  send AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883
                  await +QMTOPEN: 0,0 within 75s
                  await +QMTRECV: 0,1,"/sys/pk/dn/thing/event/property/post_reply","{payloadValue}" within 1m
                  await +QMTSTAT: 0,1 within 1m
                }
                """, script);
        ScriptChecks.assertPassesCheck(dir, script);
    }

    @Test
    void failedCommandsAreKeptAsComments() {
        Recorded failed = new Recorded.Command("AT+QMTCONN=0,\"dn\"", DataMode.NONE, null,
                new CommandResult.Mismatch("AT+QMTCONN=0,\"dn\"", "+CME ERROR: 3", List.of(), "AT+QMTCONN=0,\"dn\" answered +CME ERROR: 3"));
        Recorded timedOut = new Recorded.Command("AT+QIACT=1", DataMode.NONE, null,
                new CommandResult.Timeout("AT+QIACT=1", Duration.ofSeconds(10), List.of()));
        String script = writer.write(List.of(failed, timedOut), List.of());
        assertEquals("""

                step "console session" {
                  // send AT+QMTCONN=0,"dn"  -- AT+QMTCONN=0,"dn" answered +CME ERROR: 3
                  // send AT+QIACT=1  -- AT+QIACT=1 got no final result code within 10 s
                }
                """, script);
        ScriptChecks.assertPassesCheck(dir, script);
    }

    @Test
    void dataAfterThePromptIsWrittenWithItsMode() {
        String json = "{\"id\":\"1\",\"params\":{\"Temp\":23.9}}";
        String pubex = "AT+QMTPUBEX=0,0,0,0,\"/sys/pk/dn/thing/event/property/post\"," + json.length();
        String pub = "AT+QMTPUB=0,0,0,0,\"/sys/pk/dn/thing/event/property/post\"";
        String script = writer.write(List.of(
                new Recorded.Command(pubex, DataMode.PROMPT_LENGTH, json, new CommandResult.Success(pubex, "OK", List.of(), null)),
                new Recorded.Command(pub, DataMode.PROMPT_CTRLZ, "a \"quoted\" text\\", new CommandResult.Success(pub, "OK", List.of(), null))),
                List.of());
        assertEquals("""

                step "console session" {
                  send %s prompt \"""%s\"""
                  send %s prompt "a \\"quoted\\" text\\\\" ctrlz
                }
                """.formatted(pubex, json, pub), script);
        ScriptChecks.assertPassesCheck(dir, script);
    }

    @Test
    void linesThePatternSyntaxCannotHoldFallBackToTheirPrefix() {
        String script = writer.write(List.of(
                ok("AT+QENG=\"servingcell\"", "+QENG: \"servingcell\",\"NOCONN\",\"LTE\",\"FDD\",460,00,1A2B3C4,123,1650,3,5,5,1234,-92,-10,-63,12,32"),
                ok("AT+CPIN?", "+CPIN: READY"),
                urc("+QIND: pb done"),
                urc("RDY"),
                urc("+QIURC: \"pdpdeact\",1"),
                urc("garbage line ${x}")), List.of());
        assertEquals("""

                step "console session" {
                  send AT+QENG="servingcell" expect +QENG: "servingcell","{state}","{rat}","FDD",460,00,1A2B3C4,123,1650,3,5,5,1234,-92,-10,-63,12,32
                  send AT+CPIN? expect +CPIN: {code}
                  await +QIND within 1m
                  await RDY within 1m
                  await +QIURC: "pdpdeact",1 within 1m
                  // URC garbage line ${x}
                }
                """, script);
        ScriptChecks.assertPassesCheck(dir, script);
    }

    @Test
    void commandsWithBlanksOrPlaceholdersAreNotSent() {
        String script = writer.write(List.of(ok("AT+X=a b"), ok("AT+QMTCFG=\"x\",${y}")), List.of());
        assertEquals("""

                step "console session" {
                  // AT+X=a b (not expressible as a send statement)
                  // AT+QMTCFG="x",${y} (not expressible as a send statement)
                }
                """, script);
        ScriptChecks.assertPassesCheck(dir, script);
    }
}
