package io.atflow.sim.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.atflow.platform.Endpoint;
import io.atflow.platform.PlatformEvent;
import io.atflow.sim.ModuleLine;
import io.atflow.sim.RefusedPort;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.net.HostTable;
import io.atflow.sim.platform.PlatformNetwork;

/** The MQTT commands against the platform emulator, with echo off (ATE0) as scripts usually run. */
class MqttCommandsTest {
    static final String HOST = "\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883";
    static final String POST = "/sys/i2uqc2dloOl/device001/thing/event/property/post";
    static final String BODY = "{\"id\":\"42\",\"params\":{\"Temp\":20.5},\"version\":\"1.0\","
            + "\"method\":\"thing.event.property.post\"}";
    static final String REPLY = "{\"code\":200,\"data\":{},\"id\":\"42\",\"message\":\"success\","
            + "\"method\":\"thing.event.property.post\",\"version\":\"1.0\"}";
    static PlatformNetwork network;
    static final List<PlatformEvent> events = new CopyOnWriteArrayList<>();
    SimulatedModule module;
    ModuleLine line;

    @BeforeAll
    static void platform() {
        network = PlatformNetwork.embedded();
        network.platform().addListener(events::add);
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    void start(SimConfig config) {
        module = SimulatedModule.start(config.withNetwork(network.network()));
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    void start() {
        start(SimConfig.defaults());
    }

    @AfterEach
    void close() {
        line.close();
        module.close();
    }

    /** aliauth triple, plain TCP, connected as client 0. */
    void connect() {
        ok("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"c4fa40df9c8078073d75a26be2bc8f58\"");
        ok("AT+QMTOPEN=0," + HOST);
        line.expect("+QMTOPEN: 0,0");
        ok("AT+QMTCONN=0,\"device001\"");
        line.expect("+QMTCONN: 0,0,0");
    }

    void ok(String command) {
        assertEquals(List.of("OK"), line.exchange(command), command);
    }

    @Test
    void configurationReadsBackDefaultsAndWrites() {
        start();
        assertEquals(List.of("+QMTCFG: \"version\",4", "OK"), line.exchange("AT+QMTCFG=\"version\",0"));
        assertEquals(List.of("+QMTCFG: \"keepalive\",120", "OK"), line.exchange("AT+QMTCFG=\"keepalive\",1"));
        assertEquals(List.of("+QMTCFG: \"session\",1", "OK"), line.exchange("AT+QMTCFG=\"session\",0"));
        assertEquals(List.of("+QMTCFG: \"timeout\",5,3,0", "OK"), line.exchange("AT+QMTCFG=\"timeout\",0"));
        assertEquals(List.of("+QMTCFG: \"ssl\",0,0", "OK"), line.exchange("AT+QMTCFG=\"ssl\",0"));
        assertEquals(List.of("+QMTCFG: \"recv/mode\",0,0", "OK"), line.exchange("AT+QMTCFG=\"recv/mode\",0"));
        assertEquals(List.of("+QMTCFG: \"will\",0", "OK"), line.exchange("AT+QMTCFG=\"will\",0"));
        assertEquals(List.of("+QMTCFG: \"aliauth\",,,", "OK"), line.exchange("AT+QMTCFG=\"aliauth\",0"));
        ok("AT+QMTCFG=\"ssl\",0,1,2");
        ok("AT+QMTCFG=\"will\",0,1,1,0,\"/w\",\"gone\"");
        ok("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"ds\"");
        assertEquals(List.of("+QMTCFG: \"ssl\",1,2", "OK"), line.exchange("AT+QMTCFG=\"ssl\",0"));
        assertEquals(List.of("+QMTCFG: \"will\",1,1,0,\"/w\",\"gone\"", "OK"), line.exchange("AT+QMTCFG=\"will\",0"));
        assertEquals(List.of("+QMTCFG: \"aliauth\",\"pk\",\"dn\",\"ds\"", "OK"),
                line.exchange("AT+QMTCFG=\"aliauth\",0"));
        assertEquals(List.of("+QMTCFG: \"aliauth\",,,", "OK"), line.exchange("AT+QMTCFG=\"aliauth\",1"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTCFG=\"keepalive\",0,3601"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTCFG=\"timeout\",0,5"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTCFG?"));
        List<String> test = line.exchange("AT+QMTCFG=?");
        assertEquals(10, test.size());
        assertEquals("+QMTCFG: \"aliauth\",(0-5),\"productkey\",\"devicename\",\"devicesecret\"", test.get(8));
    }

    @Test
    void testFormsOfTheOtherCommands() {
        start();
        assertEquals(List.of("+QMTOPEN: (0-5),\"<host_name>\",(0-65535)", "OK"), line.exchange("AT+QMTOPEN=?"));
        assertEquals(List.of("+QMTCONN: (0-5),\"<clientid>\",\"<username>\",\"<password>\"", "OK"),
                line.exchange("AT+QMTCONN=?"));
        assertEquals(List.of("+QMTSUB: (0-5),(1-65535),\"<topic>\",(0-2)", "OK"), line.exchange("AT+QMTSUB=?"));
        assertEquals(List.of("+QMTPUBEX: (0-5),(0-65535),(0-2),(0,1),\"<topic>\",(1-4096)", "OK"),
                line.exchange("AT+QMTPUBEX=?"));
        assertEquals(List.of("+QMTCLOSE: (0-5)", "OK"), line.exchange("AT+QMTCLOSE=?"));
        assertEquals(List.of("OK"), line.exchange("AT+QMTOPEN?"));
    }

    @Test
    void aliauthLoginIsSignedByTheModuleAndAcceptedByThePlatform() {
        Instant now = Instant.ofEpochMilli(1680937625134L);
        start(SimConfig.defaults().withClock(Clock.fixed(now, ZoneOffset.UTC)).withName("aliauth"));
        ok("AT+QMTCFG=\"ssl\",0,1,2");
        ok("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"c4fa40df9c8078073d75a26be2bc8f58\"");
        ok("AT+QMTOPEN=0," + HOST);
        line.expect("+QMTOPEN: 0,0");
        ok("AT+QMTCONN=0,\"i2uqc2dloOl.device001\"");
        line.expect("+QMTCONN: 0,0,0");
        assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Connected c
                && c.device().equals("i2uqc2dloOl/device001") && c.clientId().equals("i2uqc2dloOl.device001")
                && c.mode().equals("device secret, hmacsha256") && c.transport() == Endpoint.MQTT_TLS),
                events::toString);
        assertEquals(List.of("+QMTOPEN: 0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883", "OK"),
                line.exchange("AT+QMTOPEN?"));
        assertEquals(List.of("+QMTCONN: 0,3", "OK"), line.exchange("AT+QMTCONN?"));
    }

    @Test
    void givenCredentialsGoUnchangedAndWrongOnesAreRefusedThenTheLinkCloses() {
        start();
        ok("AT+QMTOPEN=0," + HOST);
        line.expect("+QMTOPEN: 0,0");
        ok("AT+QMTCONN=0,\"device001|securemode=3,signmethod=hmacsha256|\",\"device001&i2uqc2dloOl\",\"00ff\"");
        line.expect("+QMTCONN: 0,0,4", "+QMTSTAT: 0,1");
        assertEquals(List.of("OK"), line.exchange("AT+QMTCONN?"));
    }

    @Test
    void openFailuresReportTheirResultCodes() throws Exception {
        start();
        ok("AT+QMTOPEN=0,\"no-such-host.invalid\",1883");
        line.expect("+QMTOPEN: 0,4");
        try (RefusedPort refused = new RefusedPort()) {
            ok("AT+QMTOPEN=1,\"127.0.0.1\"," + refused.port());
            line.expect("+QMTOPEN: 1,-1");
        }
        ok("AT+QMTOPEN=2," + HOST);
        line.expect("+QMTOPEN: 2,0");
        ok("AT+QMTOPEN=2," + HOST);
        line.expect("+QMTOPEN: 2,2");
        ok("AT+QMTCLOSE=2");
        line.expect("+QMTCLOSE: 2,0");
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTCLOSE=2"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTCONN=2,\"x\""));
    }

    @Test
    void publishWithCtrlZAtQos0And1AndTheReplyArrives() {
        start();
        connect();
        ok("AT+QMTSUB=0,5,\"" + POST + "_reply\",1");
        line.expect("+QMTSUB: 0,5,0,1");
        line.send("AT+QMTPUB=0,0,0,0,\"" + POST + "\"").awaitPrompt();
        line.write(BODY + "\u001a").expect("> ", "OK", "+QMTPUB: 0,0,0");
        String recv = line.next();
        assertTrue(recv.matches("\\+QMTRECV: 0,[1-9][0-9]*,\"" + POST + "_reply\",\"\\Q" + REPLY + "\\E\""), recv);
        line.send("AT+QMTPUB=0,7,1,0,\"" + POST + "\"").awaitPrompt();
        line.write(BODY + "\u001a").expect("> ", "OK", "+QMTPUB: 0,7,0");
        assertTrue(line.next().startsWith("+QMTRECV: 0,"));
    }

    @Test
    void escCancelsAPublishWithoutSendingIt() {
        start();
        connect();
        ok("AT+QMTSUB=0,5,\"" + POST + "_reply\",0");
        line.expect("+QMTSUB: 0,5,0,1");
        line.send("AT+QMTPUB=0,0,0,0,\"" + POST + "\"").awaitPrompt();
        line.write(BODY + "\u001b").expect("> ", "OK");
        line.expectSilence(Duration.ofMillis(400));
        assertEquals(List.of("OK"), line.exchange("AT"));
    }

    @Test
    void pubexTakesExactlyLengthBytesWhateverTheyAre() {
        start();
        connect();
        ok("AT+QMTCFG=\"recv/mode\",0,0,1");
        ok("AT+QMTSUB=0,5,\"" + POST + "_reply\",0");
        line.expect("+QMTSUB: 0,5,0,1");
        String payload = "{\"id\":\"9\",\"params\":{\"note\":\"a\\r\\n\\u001a\"}}";
        line.send("AT+QMTPUBEX=0,3,1,0,\"" + POST + "\"," + payload.length()).awaitPrompt();
        line.write(payload).expect("> ", "OK", "+QMTPUBEX: 0,3,0");
        String reply = "{\"code\":200,\"data\":{},\"id\":\"9\",\"message\":\"success\","
                + "\"method\":\"thing.event.property.post\",\"version\":\"1.0\"}";
        line.expect("+QMTRECV: 0,0,\"" + POST + "_reply\"," + reply.length() + ",\"" + reply + "\"");
    }

    @Test
    void bufferedReceiveModeAnnouncesAndReadsOut() {
        start();
        connect();
        ok("AT+QMTCFG=\"recv/mode\",0,1");
        ok("AT+QMTSUB=0,5,\"" + POST + "_reply\",0");
        line.expect("+QMTSUB: 0,5,0,1");
        line.send("AT+QMTPUBEX=0,0,0,0,\"" + POST + "\"," + BODY.length()).awaitPrompt();
        line.write(BODY).expect("> ", "OK", "+QMTPUBEX: 0,0,0", "+QMTRECV: 0,0");
        assertEquals(List.of("+QMTRECV: 0,1,0,0,0,0", "OK"), line.exchange("AT+QMTRECV?"));
        assertEquals(List.of("+QMTRECV: 0,0,\"" + POST + "_reply\"," + REPLY.length() + ",\"" + REPLY + "\"", "OK"),
                line.exchange("AT+QMTRECV=0,0"));
        assertEquals(List.of("+QMTRECV: 0,0,0,0,0,0", "OK"), line.exchange("AT+QMTRECV?"));
    }

    @Test
    void unsubscribeAndDisconnect() {
        start();
        connect();
        ok("AT+QMTSUB=0,5,\"" + POST + "_reply\",0,\"/sys/i2uqc2dloOl/device001/thing/service/property/set\",1");
        line.expect("+QMTSUB: 0,5,0,1,1");
        ok("AT+QMTUNS=0,6,\"" + POST + "_reply\"");
        line.expect("+QMTUNS: 0,6,0");
        line.send("AT+QMTPUBEX=0,0,0,0,\"" + POST + "\"," + BODY.length()).awaitPrompt();
        line.write(BODY).expect("> ", "OK", "+QMTPUBEX: 0,0,0");
        line.expectSilence(Duration.ofMillis(400));
        ok("AT+QMTDISC=0");
        line.expect("+QMTDISC: 0,0");
        assertEquals(List.of("OK"), line.exchange("AT+QMTCONN?"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTDISC=0"));
    }

    @Test
    void aBrokerGivenAsTcpUriTakesTheAliyunNamesAndOtherHostsUseDns() {
        int port = network.platform().mqttPort();
        module = SimulatedModule.start(SimConfig.defaults()
                .withNetwork(HostTable.broker(URI.create("tcp://127.0.0.1:" + port))));
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
        connect();
        ok("AT+QMTCLOSE=0");
        line.expect("+QMTCLOSE: 0,0");
        ok("AT+QMTOPEN=1,\"127.0.0.1\"," + port);
        line.expect("+QMTOPEN: 1,0");
    }

    @Test
    void commandsOutOfTurnAreErrors() {
        start();
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTSUB=0,1,\"t\",0"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTPUBEX=0,0,0,0,\"t\",3"));
        connect();
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTPUB=0,0,1,0,\"t\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTPUB=0,3,0,0,\"t\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTSUB=0,0,\"t\",0"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTSUB=0,1,\"t\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QMTCONN=0,\"again\""));
    }
}
