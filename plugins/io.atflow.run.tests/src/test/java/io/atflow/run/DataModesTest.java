package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** Data after {@code >} (by length, with Ctrl-Z), after {@code CONNECT}, and {@code receive} of a body. */
class DataModesTest {
    @TempDir
    Path dir;

    static final String CONNECTED = """
            payload msg = ""\"{"id":"1","params":{"Temp":21.5}}""\"
            var topic = "/i2uqc2dloOl/device001/user/echo"
            step "connect" {
              send AT+QMTCFG="aliauth",0,"i2uqc2dloOl","device001","${secret("i2uqc2dloOl/device001")}"
              send AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883
              await +QMTOPEN: 0,0 within 10s
              send AT+QMTCONN=0,"device001"
              await +QMTCONN: 0,0,0 within 10s
              send AT+QMTSUB=0,1,"${topic}",0
              await +QMTSUB: 0,1,0,{granted} within 10s
            }
            """;

    @Test
    void promptPayloadsByLengthAndWithCtrlZReachTheBroker() {
        Runs.Outcome o = Runs.run(dir, CONNECTED + """
                step "publish" {
                  send AT+QMTPUB=0,0,0,0,"${topic}" prompt msg ctrlz
                  await +QMTPUB: 0,0,0 within 10s
                  await +QMTRECV: 0,{id},"${topic}","{first}" within 10s
                  send AT+QMTPUBEX=0,0,0,0,"${topic}",${len(msg)} prompt msg
                  await +QMTPUBEX: 0,0,0 within 10s
                  await +QMTRECV: 0,{id},"${topic}","{second}" within 10s
                  if first != msg or second != msg fail "echo differs: ${first} / ${second}"
                  log "Temp ${json(second).params.Temp}"
                }
                """, Runs.FAST_SIM);
        assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
        assertEquals(List.of("Temp 21.5"), o.logs());
        assertTrue(o.sent().contains("{\"id\":\"1\",\"params\":{\"Temp\":21.5}}\\x1a"), o.sent()::toString);
        assertTrue(o.sent().contains("{\"id\":\"1\",\"params\":{\"Temp\":21.5}}"), o.sent()::toString);
    }

    @Test
    void connectDataAndReceivedBodies() {
        Runs.Outcome o = Runs.run(dir, """
                payload url = "https://iot-auth.cn-shanghai.aliyuncs.com/auth/register/device"
                var sign = "da2e692592c8c11a5f10de801b894f8ade353874"
                payload form = "productKey=i2uqzmkZsLG&deviceName=device001&random=003&sign=${sign}&signMethod=hmacsha1"
                send AT+QHTTPURL=${len(url)},80 connect url
                send AT+QHTTPPOST=${len(form)},60,60 connect form
                await +QHTTPPOST: 0,{status},{length} within 30s
                send AT+QHTTPREAD=60 receive body
                await +QHTTPREAD: 0 within 30s
                var complete = len(body) == length
                log "${status} ${json(body).code} ${json(body).data.deviceName} ${complete}"
                """, Runs.FAST_SIM);
        assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
        assertEquals(List.of("200 200 device001 true"), o.logs());
        assertTrue(o.all(RunEvent.Received.class).stream()
                .anyMatch(r -> r.line().contains("\"deviceSecret\":\"****\"")), o::transcript);
    }

    @Test
    void dataOfTheWrongLengthFailsBeforeAnythingIsSent() {
        try (FakeModule m = FakeModule.start()) {
            Runs.Outcome o = Runs.run(dir, """
                    payload msg = "hello"
                    var n = "6"
                    send AT+QMTPUBEX=0,0,0,0,"/t",${n} prompt msg
                    """, m.target());
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(dir.resolve("test.atflow") + ":3", o.result().location());
            assertEquals("the data is 5 bytes but AT+QMTPUBEX announces 6; the module would wait for the rest or"
                    + " cut it", o.result().message());
            assertEquals(List.of(), m.received());
        }
    }

    @Test
    void theFakeModuleGetsPromptDataExactly() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTPUB=0,0,0,0,\"/t\"", ">", "OK", "+QMTPUB: 0,0,0");
            Runs.Outcome o = Runs.run(dir, """
                    send AT+QMTPUB=0,0,0,0,"/t" prompt "a,b \\"c\\"" ctrlz
                    await +QMTPUB: 0,0,0 within 2s
                    """, m.target());
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("AT+QMTPUB=0,0,0,0,\"/t\"", "a,b \"c\""), m.received());
        }
    }
}
