package io.atflow.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The >> log format as the application note's PDF extraction leaves it. */
class ModuleLogParserTest {

    static List<String> texts(List<LogLine> lines) {
        return lines.stream().map(LogLine::text).toList();
    }

    @Test
    void wrappedLinesCommentsAndThePromptAreUndone() {
        String raw = """
                >> AT+CEREG?	//查询终端网络注册状态
                >>
                >> +CEREG: 0,1	//网络注册成功
                >>
                >> OK
                //若上述 IP 未返回
                >> AT+QMTCONN=0,"864430010001091|securemode=2,authType=register,instanceId=iot-
                06z00hxss3rggno|","meter001&i2uqZnX9tZK","25f4"
                >>
                >> +QMTRECV:
                0,0,"/ext/register","{"deviceSecret":"d2a0"}"
                >> AT+QMTPUBEX=0,0,0,0,"t",7
                >>
                >>>
                {"a":1
                }
                >> OK
                >> AT+QHTTPURL=62,80
                >> CONNECT
                >> https://iot-auth.cn-shanghai.aliyuncs.com/auth/register/device
                >> OK
                """;
        ModuleLog log = ModuleLogParser.parse("raw", raw);
        assertEquals(4, log.exchanges().size());
        assertEquals(List.of("AT+CEREG?", "+CEREG: 0,1", "OK"), texts(log.exchanges().get(0).expected()));
        assertEquals(List.of("AT+QMTCONN=0,\"864430010001091|securemode=2,authType=register,"
                + "instanceId=iot-06z00hxss3rggno|\",\"meter001&i2uqZnX9tZK\",\"25f4\"",
                "+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"d2a0\"}\""),
                texts(log.exchanges().get(1).expected()));
        assertEquals(7, log.exchanges().get(1).command().number());
        assertEquals(List.of("AT+QMTPUBEX=0,0,0,0,\"t\",7", "> {\"a\":1}", "OK"),
                texts(log.exchanges().get(2).expected()));
        assertEquals(List.of("AT+QHTTPURL=62,80", "CONNECT",
                "https://iot-auth.cn-shanghai.aliyuncs.com/auth/register/device", "OK"),
                texts(log.exchanges().get(3).expected()));
    }

    @Test
    void linesBeforeTheFirstCommandAreThePreamble() {
        ModuleLog log = ModuleLogParser.parse("boot", ">> RDY\n>> +CPIN: READY\n>> AT\n>> OK\n");
        assertEquals(List.of("RDY", "+CPIN: READY"), texts(log.preamble()));
        assertEquals(1, log.exchanges().size());
    }

    @Test
    void dataCommandsKnowTheirTerminator() {
        assertEquals(true, DataCommands.ctrlZ("AT+QMTPUB=0,1,1,0,\"a,b\""));
        assertEquals(false, DataCommands.ctrlZ("AT+QMTPUB=0,1,1,0,\"t\",12"));
        assertEquals(false, DataCommands.ctrlZ("AT+QMTPUBEX=0,1,1,0,\"t\",12"));
        assertEquals(true, DataCommands.afterConnect("at+qhttppost=120,80,80"));
        assertEquals(false, DataCommands.afterConnect("AT+QHTTPREAD=80"));
    }
}
