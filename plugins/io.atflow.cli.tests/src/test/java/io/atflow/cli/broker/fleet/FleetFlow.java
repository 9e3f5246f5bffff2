package io.atflow.cli.broker.fleet;

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
 * One module's fleet flow through AT commands only. The login is either a device-secret login over plain TCP that
 * the module signs ({@code AT+QMTCFG="aliauth"}), or registration-free {@code regnwl} over TLS followed by
 * {@code connwl} with the issued token (two TLS handshakes). Then: subscribe to {@code post_reply} (QoS 1),
 * {@code posts} property posts with AT+QMTPUBEX (QoS 1), each waiting for its PUBACK ({@code +QMTPUBEX}) and for the
 * platform's reply with the post's id, then close.
 */
final class FleetFlow {
    static final String HOST = "\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883";
    private static final Pattern ISSUED = Pattern.compile(
            ".*\"clientId\":\"([^\"]+)\".*\"deviceToken\":\"([^\"]+)\".*");
    private final ModuleConnection line;
    private final LineReader in;
    private final Duration wait;
    private final String name;
    private final int packetTimeout;

    /** @param packetTimeout AT+QMTCFG="timeout" packet timeout in seconds (CONNACK, SUBACK, PUBACK); 0 keeps 5 s */
    FleetFlow(ModuleConnection line, String name, Duration wait, int packetTimeout) {
        this.line = line;
        this.in = new LineReader(line.fromModule());
        this.name = name;
        this.wait = wait;
        this.packetTimeout = packetTimeout;
    }

    /** How a module logs in. */
    enum Login {
        /** Device secret, signed by the module, plain TCP (securemode=3). */
        SECRET,
        /** Registration-free regnwl then connwl, TLS. */
        REGNWL
    }

    /**
     * Runs the flow; every answered post adds its latency (AT+QMTPUBEX written to reply seen) to {@code tally}.
     *
     * @param secret the ProductSecret (REGNWL) or the DeviceSecret (SECRET)
     */
    void run(Login login, String productKey, String secret, int posts, FleetTally tally) throws IOException {
        DeviceIdentity id = new DeviceIdentity(productKey, name);
        send("ATE0", "ATE0", "OK");
        if (packetTimeout > 0) {
            send("AT+QMTCFG=\"timeout\",0," + packetTimeout + ",3,0", "OK");
        }
        if (login == Login.SECRET) {
            send("AT+QMTCFG=\"aliauth\",0,\"" + productKey + "\",\"" + name + "\",\"" + secret + "\"", "OK");
            send("AT+QMTOPEN=0," + HOST, "OK", "+QMTOPEN: 0,0");
            send("AT+QMTCONN=0,\"" + name + "\"", "OK", "+QMTCONN: 0,0,0");
            tally.registered();
        } else {
            registrationFree(id, secret, tally);
        }
        String post = "/sys/" + productKey + "/" + name + "/thing/event/property/post";
        send("AT+QMTSUB=0,1,\"" + post + "_reply\",1", "OK", "+QMTSUB: 0,1,0,1");
        for (int i = 1; i <= posts; i++) {
            postOnce(post, i, tally);
        }
        send("AT+QMTCLOSE=0", "OK", "+QMTCLOSE: 0,0");
    }

    private void registrationFree(DeviceIdentity id, String productSecret, FleetTally tally) throws IOException {
        MqttCredentials reg = new ProductSecretLogin(id, productSecret, AuthType.REGNWL, "7")
                .signMethod(SignMethod.HMACSHA1).clientId(name).build();
        send("AT+QMTCFG=\"ssl\",0,1,2", "OK");
        send("AT+QMTOPEN=0," + HOST, "OK", "+QMTOPEN: 0,0");
        send("AT+QMTCONN=0,\"" + reg.clientId() + "\",\"" + reg.username() + "\",\"" + reg.password() + "\"", "OK",
                "+QMTCONN: 0,0,0");
        Matcher issued = ISSUED.matcher(next());
        if (!issued.matches()) {
            throw new IOException("no /ext/regnwl answer");
        }
        expect("+QMTSTAT: 0,1");
        tally.registered();
        send("AT+QMTOPEN=0," + HOST, "OK", "+QMTOPEN: 0,0");
        send("AT+QMTCONN=0,\"" + issued.group(1) + "|securemode=-2,authType=connwl|\",\"" + id.username() + "\",\""
                + issued.group(2) + "\"", "OK", "+QMTCONN: 0,0,0");
    }

    private void postOnce(String topic, int n, FleetTally tally) throws IOException {
        String body = "{\"id\":\"" + n + "\",\"params\":{\"Temp\":23.9,\"Humi\":" + n
                + "},\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}";
        long t0 = System.nanoTime();
        write("AT+QMTPUBEX=0," + n + ",1,0,\"" + topic + "\"," + body.length() + "\r");
        if (!in.awaitPrompt(wait)) {
            throw new IOException("no > prompt for post " + n);
        }
        write(body);
        tally.posted();
        expect("> ");
        expect("OK");
        boolean acked = false;
        boolean replied = false;
        String replyStart = "+QMTRECV: 0,";
        String replyTopic = "\"" + topic + "_reply\",";
        while (!acked || !replied) {
            String l = next();
            if (l.equals("+QMTPUBEX: 0," + n + ",0")) {
                acked = true;
            } else if (l.startsWith(replyStart) && l.contains(replyTopic) && l.contains("\"id\":\"" + n + "\"")) {
                if (!l.contains("\"code\":200")) {
                    throw new IOException("post " + n + " answered with an error: " + l);
                }
                replied = true;
                tally.replied(System.nanoTime() - t0);
            } else {
                throw new IOException("post " + n + ": unexpected \"" + l + "\"");
            }
        }
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
        return in.nextLine(wait).orElseThrow(() -> new IOException("no line within " + wait.toSeconds() + " s"));
    }

    private void expect(String want) throws IOException {
        String got = next();
        if (!got.equals(want)) {
            throw new IOException("expected \"" + want + "\" but got \"" + got + "\"");
        }
    }
}
