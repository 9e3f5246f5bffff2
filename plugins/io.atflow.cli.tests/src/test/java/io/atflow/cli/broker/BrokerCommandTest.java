package io.atflow.cli.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.Main;
import io.atflow.cli.StopSignal;

/** {@code atflow broker}: where it listens, one line per event with secrets masked, one-sentence failures. */
@Timeout(120)
class BrokerCommandTest {
    @TempDir
    Path dir;

    /** Output that a test can read while the command is still writing to it. */
    static final class Sink extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        String await(Pattern pattern) throws InterruptedException {
            for (int i = 0; i < 1000; i++) {
                Matcher m = pattern.matcher(text());
                if (m.find()) {
                    return m.group(m.groupCount() > 0 ? 1 : 0);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no " + pattern + " in:\n" + text());
        }
    }

    record Run(Thread thread, Sink out, Sink err, int[] code, StopSignal stop) {
    }

    static Run start(String... args) {
        Sink out = new Sink();
        Sink err = new Sink();
        int[] code = { -1 };
        StopSignal stop = StopSignal.manual();
        Main main = new Main(List.of(new BrokerCommand(() -> stop)));
        Thread t = new Thread(() -> code[0] = main.execute(List.of(args), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        t.start();
        return new Run(t, out, err, code, stop);
    }

    @Test
    void listensLogsRejectsAndRegistrationsAndStopsCleanly() throws Exception {
        Path registry = dir.resolve("registry.txt");
        Run run = start("broker", "--port", "0", "--tls-port", "0", "--https-port", "0", "--registry",
                registry.toString());
        run.out().await(Pattern.compile("ready; Ctrl-C stops"));
        String out = run.out().text();
        int mqtt = Integer.parseInt(run.out().await(Pattern.compile("MQTT +tcp://127\\.0\\.0\\.1:([0-9]+)")));
        int https = Integer.parseInt(run.out().await(Pattern.compile("HTTPS +https://127\\.0\\.0\\.1:([0-9]+)/")));
        assertTrue(out.contains("atflow broker: registry  " + registry.toAbsolutePath()
                + " (4 products, 3 devices)\n"), out);
        Path pem = dir.resolve("platform-ca.pem");
        assertTrue(out.contains("atflow broker: CA cert   " + pem.toAbsolutePath() + "\n"), out);
        assertTrue(Files.exists(registry));

        assertEquals(4, connack(mqtt, "i2uqc2dloOl.device001|securemode=3,signmethod=hmacsha1|",
                "device001&i2uqc2dloOl", "00"));
        run.out().await(Pattern.compile("reject +i2uqc2dloOl\\.device001\\|securemode=3,signmethod=hmacsha1\\| over"
                + " mqtt: CONNACK 4 \\(bad user name or password\\): the password is not the hmacsha1 signature"));

        HttpResponse<String> r = register(pem, https);
        assertEquals(200, r.statusCode(), r.body());
        run.out().await(Pattern.compile("register +i2uqzmkZsLG/device001 over https \\(https\\): DeviceSecret"
                + " \\*\\*\\*\\*"));
        assertFalse(run.out().text().contains("3c35df4417faf854be8e780536d84c23"), "secrets are masked");
        assertTrue(Files.readString(registry).contains("i2uqzmkZsLG/device001 secret="
                + "3c35df4417faf854be8e780536d84c23 activated=yes"));

        run.stop().stop();
        run.thread().join(30_000);
        assertEquals(0, run.code()[0]);
        assertTrue(run.out().text().endsWith("atflow broker: stopped\n"), run.out().text());
        assertEquals("", run.err().text());
    }

    @Test
    void aPortInUseIsOneSentenceNamingTheOption() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = start("broker", "--port", "0", "--tls-port", Integer.toString(taken.getLocalPort()),
                    "--https-port", "0", "--registry", dir.resolve("r.txt").toString());
            run.thread().join(60_000);
            assertEquals(2, run.code()[0]);
            assertEquals("atflow broker: mqtt-tls port " + taken.getLocalPort() + " on 127.0.0.1 is already in use;"
                    + " choose another with --tls-port\n", run.err().text());
            assertEquals("", run.out().text());
        }
    }

    @Test
    void registryErrorsNameFileAndLine() throws Exception {
        Path registry = dir.resolve("registry.txt");
        Files.writeString(registry, "product p1 secret=s\ndevice p1/ab\n");
        Run run = start("broker", "--registry", registry.toString());
        run.thread().join(30_000);
        assertEquals(2, run.code()[0]);
        assertEquals("atflow broker: " + registry.toAbsolutePath() + ":2: device name \"ab\" must be 4 to 32"
                + " characters of letters, digits and - _ @ . :\n", run.err().text());
    }

    @Test
    void aThingModelIsGivenToItsProductAndABrokenOneIsOneSentence() throws Exception {
        Run run = start("broker", "--port", "0", "--tls-port", "0", "--https-port", "0", "--registry",
                dir.resolve("r.txt").toString(), "--thing-model", "../../examples/model.json");
        run.out().await(Pattern.compile("ready; Ctrl-C stops"));
        assertTrue(run.out().text().contains("atflow broker: thing model ../../examples/model.json for product"
                + " i2uqc2dloOl (9 properties, 2 events, 2 services)\n"), run.out().text());
        run.stop().stop();
        run.thread().join(30_000);
        assertEquals(0, run.code()[0]);

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"properties\":[{\"identifier\":\"x\"}]}");
        run = start("broker", "--registry", dir.resolve("r.txt").toString(), "--thing-model", broken.toString());
        run.thread().join(30_000);
        assertEquals(2, run.code()[0]);
        assertEquals("atflow broker: thing model " + broken + " lacks the JSON object properties.x.dataType;"
                + " check --thing-model\n", run.err().text());
        assertEquals("", run.out().text(), "nothing started");
    }

    @Test
    void badOptionValues() throws Exception {
        Run run = start("broker", "--port", "http");
        run.thread().join(30_000);
        assertEquals(2, run.code()[0]);
        assertEquals("atflow broker: --port must be a port number from 0 to 65535 (0 picks a free one), not"
                + " \"http\"\n", run.err().text());
    }

    /** A raw MQTT 3.1.1 CONNECT; returns the CONNACK return code. */
    static int connack(int port, String clientId, String user, String password) throws Exception {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        for (String s : new String[] { clientId, user, password }) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            payload.write(b.length >> 8);
            payload.write(b.length);
            payload.write(b);
        }
        byte[] head = { 0, 4, 'M', 'Q', 'T', 'T', 4, (byte) 0xC2, 0, 60 };
        int length = head.length + payload.size();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream o = s.getOutputStream();
            o.write(new byte[] { 0x10, (byte) length });
            o.write(head);
            o.write(payload.toByteArray());
            InputStream in = s.getInputStream();
            byte[] ack = in.readNBytes(4);
            assertEquals(0x20, ack[0]);
            return ack[3];
        }
    }

    static HttpResponse<String> register(Path pem, int port) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        // sign computed outside the project: python3 -c 'import hmac,hashlib; print(hmac.new(b"EmuHttpsSecret01",
        // b"deviceNamedevice001productKeyi2uqzmkZsLGrandom003", hashlib.sha1).hexdigest())'
        String body = "productKey=i2uqzmkZsLG&deviceName=device001&random=003"
                + "&sign=da2e692592c8c11a5f10de801b894f8ade353874&signMethod=hmacsha1";
        try (HttpClient http = HttpClient.newBuilder().sslContext(tls).build()) {
            return http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port
                    + "/auth/register/device")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
