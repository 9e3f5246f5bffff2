package io.atflow.sim.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.aliyun.ProductSecretLogin;
import io.atflow.aliyun.SignMethod;
import io.atflow.sim.ModuleConnection;
import io.atflow.sim.replay.LineReader;

/**
 * One device's flow through AT commands only: registration-free regnwl over TLS, connwl with the issued token,
 * subscribe to post_reply, one property post by length, the reply, close.
 */
final class DeviceFlow {
    static final String HOST = "\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883";
    private static final Pattern ISSUED = Pattern.compile(
            ".*\"clientId\":\"([^\"]+)\".*\"deviceToken\":\"([^\"]+)\".*");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final ModuleConnection line;
    private final LineReader in;

    DeviceFlow(ModuleConnection line) {
        this.line = line;
        this.in = new LineReader(line.fromModule());
    }

    void run(String productKey, String productSecret, String deviceName) throws IOException {
        DeviceIdentity id = new DeviceIdentity(productKey, deviceName);
        MqttCredentials reg = new ProductSecretLogin(id, productSecret, AuthType.REGNWL, "123")
                .signMethod(SignMethod.HMACSHA1).clientId(deviceName).build();
        send("ATE0", "ATE0", "OK");
        send("AT+QMTCFG=\"ssl\",0,1,2", "OK");
        send("AT+QMTOPEN=0," + HOST, "OK", "+QMTOPEN: 0,0");
        send("AT+QMTCONN=0,\"" + reg.clientId() + "\",\"" + reg.username() + "\",\"" + reg.password() + "\"", "OK",
                "+QMTCONN: 0,0,0");
        Matcher issued = ISSUED.matcher(next());
        if (!issued.matches()) {
            throw new IOException(deviceName + ": no /ext/regnwl answer");
        }
        expect("+QMTSTAT: 0,1");
        String post = "/sys/" + productKey + "/" + deviceName + "/thing/event/property/post";
        send("AT+QMTOPEN=0," + HOST, "OK", "+QMTOPEN: 0,0");
        send("AT+QMTCONN=0,\"" + issued.group(1) + "|securemode=-2,authType=connwl|\",\"" + id.username() + "\",\""
                + issued.group(2) + "\"", "OK", "+QMTCONN: 0,0,0");
        send("AT+QMTSUB=0,1,\"" + post + "_reply\",0", "OK", "+QMTSUB: 0,1,0,1");
        String body = "{\"id\":\"1\",\"params\":{\"Temp\":23.9},\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}";
        write("AT+QMTPUBEX=0,0,0,0,\"" + post + "\"," + body.length() + "\r");
        if (!in.awaitPrompt(WAIT)) {
            throw new IOException(deviceName + ": no prompt");
        }
        write(body);
        expect("> ");
        expect("OK");
        expect("+QMTPUBEX: 0,0,0");
        if (!next().startsWith("+QMTRECV: 0,0,\"" + post + "_reply\"")) {
            throw new IOException(deviceName + ": no post_reply");
        }
        send("AT+QMTCLOSE=0", "OK", "+QMTCLOSE: 0,0");
    }

    private void send(String command, String... lines) throws IOException {
        write(command + "\r");
        for (String l : lines) {
            expect(l);
        }
    }

    private void write(String s) throws IOException {
        line.toModule().write(s.getBytes(StandardCharsets.UTF_8));
    }

    private String next() throws IOException {
        return in.nextLine(WAIT).orElseThrow(() -> new IOException("no line within " + WAIT));
    }

    private void expect(String want) throws IOException {
        String got = next();
        if (!got.equals(want)) {
            throw new IOException("expected \"" + want + "\" but got \"" + got + "\"");
        }
    }
}
