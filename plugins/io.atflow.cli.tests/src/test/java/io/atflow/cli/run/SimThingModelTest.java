package io.atflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atflow run --port sim}: the run gives the platform emulator the thing model the script declares (through
 * {@code io.atflow.run.ThingModelTarget}): a post the model refuses comes back to the script as Aliyun's reply
 * ({@code +QMTRECV} on the reply topic, code 6306 for an int out of range, from Aliyun's "Error codes for
 * devices"); without the declaration the same post succeeds (200).
 */
class SimThingModelTest {
    @TempDir
    Path dir;

    String script(boolean declareModel, String expectedCode) {
        return (declareModel ? "thingModel \"model.json\"\n" : "") + """
                var humi = 150
                payload post = ""\"{"id":"1","version":"1.0","method":"thing.event.property.post","params":{"Humi":${humi}}}""\"
                step "post" {
                  send AT+QMTCFG="aliauth",0,"i2uqc2dloOl","device001","${secret("i2uqc2dloOl/device001")}"
                  send AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883
                  await +QMTOPEN: 0,0 within 10s
                  send AT+QMTCONN=0,"device001"
                  await +QMTCONN: 0,0,0 within 10s
                  send AT+QMTSUB=0,1,"/sys/i2uqc2dloOl/device001/thing/event/property/post_reply",0
                  await +QMTSUB: 0,1,0,1 within 10s
                  send AT+QMTPUBEX=0,0,0,0,"/sys/i2uqc2dloOl/device001/thing/event/property/post",${len(post)} prompt post
                  await +QMTRECV: 0,{msgId},"/sys/i2uqc2dloOl/device001/thing/event/property/post_reply","{reply}" within 10s
                """ + "  if json(reply).code != \"" + expectedCode + "\" fail \"reply: ${reply}\"\n}\n";
    }

    @Test
    void theDeclaredModelDecidesThePlatformsReply() throws IOException {
        Files.copy(Path.of("../../examples/model.json"), dir.resolve("model.json"));
        Path checked = Files.writeString(dir.resolve("checked.atflow"), script(true, "6306"));
        RunCommandTest.Result r = RunCommandTest.atflow(checked.toString());
        assertEquals(0, r.code(), r::toString);
        Path unchecked = Files.writeString(dir.resolve("unchecked.atflow"), script(false, "200"));
        r = RunCommandTest.atflow(unchecked.toString());
        assertEquals(0, r.code(), r::toString);
    }
}
