package io.atflow.cli.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.Main;
import io.atflow.cli.StopSignal;
import io.atflow.cli.run.RunCommand;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.Timing;
import io.atflow.sim.net.HostTable;
import io.atflow.sim.serve.TcpModuleServer;

/**
 * {@code atflow broker --upstream}: the gateway in front of Debian's mosquitto, with the simulated module driven by
 * an example script and by AT commands, and a plain MQTT client ({@code mosquitto_sub}) on mosquitto itself.
 */
@Timeout(180)
class BrokerUpstreamTest {
    /** The application note's DeviceSecret of i2uqc2dloOl/device001, which the default registry holds. */
    static final String NOTE_SECRET = "c4fa40df9c8078073d75a26be2bc8f58";
    static final String POST = "/sys/i2uqc2dloOl/device001/thing/event/property/post";

    @TempDir
    Path dir;
    Mosquitto mosquitto;
    BrokerCommandTest.Run broker;
    SimulatedModule module;
    TcpModuleServer line;
    Process observer;

    @AfterEach
    void stop() throws Exception {
        if (observer != null) {
            observer.destroy();
            observer.waitFor(10, TimeUnit.SECONDS);
        }
        if (line != null) {
            line.close();
        }
        if (module != null) {
            module.close();
        }
        if (broker != null) {
            broker.stop().stop();
            broker.thread().join(30_000);
        }
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    /** Starts mosquitto, {@code atflow broker --upstream} in front of it, and a simulated module using the broker. */
    void startAll() throws Exception {
        mosquitto = Mosquitto.start(dir);
        broker = BrokerCommandTest.start("broker", "--port", "0", "--tls-port", "0", "--https-port", "0",
                "--registry", dir.resolve("registry.txt").toString(), "--upstream", mosquitto.uri(), "--verbose");
        broker.out().await(Pattern.compile("ready; Ctrl-C stops"));
        int mqtt = Integer.parseInt(broker.out().await(Pattern.compile("MQTT +tcp://127\\.0\\.0\\.1:([0-9]+)")));
        int tls = Integer.parseInt(broker.out().await(Pattern.compile("MQTT/TLS +ssl://127\\.0\\.0\\.1:([0-9]+)")));
        module = SimulatedModule.start(SimConfig.defaults().withTiming(Timing.FAST).withNetwork(new HostTable(
                InetSocketAddress.createUnresolved("127.0.0.1", mqtt),
                InetSocketAddress.createUnresolved("127.0.0.1", tls), null)));
        line = TcpModuleServer.start(module, "127.0.0.1", 0);
    }

    @Test
    void theExamplePropertyPostRunsThroughTheGatewayAndMosquitto() throws Exception {
        startAll();
        assertTrue(broker.out().text().contains("atflow broker: upstream  " + mosquitto.uri() + "  (devices relayed"
                + " as client id {productKey}.{deviceName}, user {deviceName}&{productKey}, no password; post replies"
                + " from client atflow-platform)\n"), broker.out().text());
        Path seen = dir.resolve("seen.txt");
        observer = new ProcessBuilder(Mosquitto.program("mosquitto_sub").toString(), "-h", "127.0.0.1", "-p",
                Integer.toString(mosquitto.port()), "-i", "observer", "-t", "/sys/#", "-v")
                .redirectErrorStream(true).redirectOutput(seen.toFile()).start();
        await(() -> mosquitto.log().contains("Received SUBSCRIBE from observer"));

        Path scripts = dir.resolve("scripts");
        Path examples = examples();
        Files.createDirectories(scripts.resolve("common"));
        Files.copy(examples.resolve("7-property-post.atflow"), scripts.resolve("7-property-post.atflow"));
        Files.copy(examples.resolve("model.json"), scripts.resolve("model.json")); // the thing model it declares
        for (String f : new String[] { "network.atflow", "instance.atflow" }) {
            Files.copy(examples.resolve("common").resolve(f), scripts.resolve("common").resolve(f));
        }
        Files.writeString(scripts.resolve(".atflow-secrets"), "i2uqc2dloOl/device001=" + NOTE_SECRET + "\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(List.of(new RunCommand())).execute(List.of("run",
                scripts.resolve("7-property-post.atflow").toString(), "--port", "tcp://127.0.0.1:"
                        + line.address().getPort()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));

        // the plain client on mosquitto saw the module's post and the platform's reply
        await(() -> Files.readString(seen).contains(POST + "_reply "));
        String got = Files.readString(seen);
        assertTrue(got.contains(POST + " {\"id\":1681363292898,\"params\":{\"Temp\":23.9,\"Humi\":69,\"mlux\":825,"
                + "\"LightStatus\":1},\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}\n"), got);
        assertTrue(got.contains(POST + "_reply {\"code\":200,\"data\":{},\"id\":\"1681363292898\",\"message\":"
                + "\"success\",\"method\":\"thing.event.property.post\",\"version\":\"1.0\"}\n"), got);
        assertTrue(mosquitto.log().contains(" as i2uqc2dloOl.device001 (p2, c1, k120, u'device001&i2uqc2dloOl')"),
                mosquitto.log());
        broker.out().await(Pattern.compile("publish +i2uqc2dloOl/device001 " + Pattern.quote(POST) + " \\(133 bytes\\)"));
    }

    @Test
    void whenMosquittoGoesAwayTheModuleSeesTheLinkDropAndTheBrokerSaysSo() throws Exception {
        startAll();
        try (Socket s = new Socket("127.0.0.1", line.address().getPort())) {
            s.setSoTimeout(30_000);
            At at = new At(s);
            at.send("ATE0", "ATE0", "OK");
            at.send("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"" + NOTE_SECRET + "\"", "OK");
            at.send("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883", "OK", "+QMTOPEN: 0,0");
            at.send("AT+QMTCONN=0,\"device001\"", "OK", "+QMTCONN: 0,0,0");
            await(() -> mosquitto.log().contains(" as i2uqc2dloOl.device001 "));

            mosquitto.stop();
            at.expect("+QMTSTAT: 0,1");
            broker.out().await(Pattern.compile("upstream +" + Pattern.quote(mosquitto.uri()) + " lost \\(the"
                    + " connection was closed\\); devices relayed to it were disconnected, new logins get CONNACK 3"
                    + " until it is back; check the broker given with --upstream\n"));
            at.send("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883", "OK", "+QMTOPEN: 0,0");
            at.send("AT+QMTCONN=0,\"device001\"", "OK", "+QMTCONN: 0,0,3");
            broker.out().await(Pattern.compile("reject +\\S+ over mqtt: CONNACK 3 \\(server unavailable\\): the upstream"
                    + " MQTT broker " + Pattern.quote(mosquitto.uri()) + " is not reachable"));

            mosquitto.start();
            broker.out().await(Pattern.compile("upstream +" + Pattern.quote(mosquitto.uri())
                    + " back; logins are relayed again"));
        }
    }

    @Test
    void anUnreachableUpstreamIsOneSentenceNamingTheOption() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        BrokerCommandTest.Run run = BrokerCommandTest.start("broker", "--port", "0", "--tls-port", "0",
                "--https-port", "0", "--registry", dir.resolve("r.txt").toString(), "--upstream",
                "tcp://127.0.0.1:" + closed);
        run.thread().join(60_000);
        assertEquals(2, run.code()[0]);
        assertEquals("atflow broker: the upstream MQTT broker tcp://127.0.0.1:" + closed + " is not reachable"
                + " (connection refused); check --upstream\n", run.err().text());
        assertEquals("", run.out().text());
    }

    @Test
    void upstreamOptionMistakesAreOneSentence() throws Exception {
        assertEquals("atflow broker: --upstream \"mqtt://h:1\" must be tcp://host:port of an MQTT broker, e.g."
                + " tcp://127.0.0.1:1883\n", usage("--upstream", "mqtt://h:1"));
        assertEquals("atflow broker: --upstream-user applies only together with --upstream tcp://host:port\n",
                usage("--upstream-user", "x"));
        assertEquals("atflow broker: --upstream-password-env names NO_SUCH_VAR_FOR_ATFLOW, which is not set in the"
                + " environment\n", usage("--upstream", "tcp://127.0.0.1:1", "--upstream-password-env",
                        "NO_SUCH_VAR_FOR_ATFLOW"));
        assertEquals("atflow broker: --upstream-client-id \"{imei}\" may use only {productKey} and {deviceName} as"
                + " placeholders\n", usage("--upstream", "tcp://127.0.0.1:1", "--upstream-client-id", "{imei}"));
    }

    private String usage(String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("broker", "--registry", dir.resolve("r.txt").toString()));
        all.addAll(List.of(args));
        int code = new Main(List.of(new BrokerCommand(StopSignal::manual, Map.of()))).execute(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The repository's examples folder (tests run in plugins/io.atflow.cli). */
    static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/common"))) {
            p = p.getParent();
        }
        assertTrue(p != null, "no examples/ above the working directory");
        return p.resolve("examples");
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void await(Check c) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!c.ok()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }

    /** AT commands over the simulated module's TCP line; blank lines are skipped. */
    static final class At {
        private final Socket socket;
        private final InputStream in;

        At(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        void send(String command, String... lines) throws IOException {
            socket.getOutputStream().write((command + "\r").getBytes(StandardCharsets.UTF_8));
            for (String l : lines) {
                expect(l);
            }
        }

        void expect(String want) throws IOException {
            String got = next();
            assertEquals(want, got);
        }

        private String next() throws IOException {
            StringBuilder b = new StringBuilder();
            while (true) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("the module's line closed");
                }
                if (c == '\n') {
                    String l = b.toString().strip();
                    if (!l.isEmpty()) {
                        return l;
                    }
                    b.setLength(0);
                } else {
                    b.append((char) c);
                }
            }
        }
    }
}
