package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.run.testing.Runs;

/**
 * A script that opens a TCP socket through the simulated module to an echo server on 127.0.0.1, sends, reads the
 * echo, and closes (src/test/resources/io/atflow/run/tcp-echo.atflow). The module's lines are the formats of the
 * TCP/IP Application Notes ({@code +QIOPEN: 0,0}, {@code SEND OK}, {@code +QIURC: "recv",0}, {@code +QIRD: 13}).
 */
class SocketScriptTest {
    static final Path SCRIPT = Path.of("src/test/resources/io/atflow/run/tcp-echo.atflow").toAbsolutePath();
    ServerSocket server;

    @BeforeEach
    void startEcho() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Socket s = server.accept();
                    Thread.ofVirtual().start(() -> echo(s));
                }
            } catch (IOException e) {
                // closed
            }
        });
    }

    private static void echo(Socket s) {
        try (s; InputStream in = s.getInputStream()) {
            in.transferTo(s.getOutputStream());
        } catch (IOException e) {
            // the module closed
        }
    }

    @AfterEach
    void stopEcho() throws IOException {
        server.close();
    }

    @Test
    void roundTripThroughTheModule() {
        Runs.Outcome o = Runs.run(Runs.of(SCRIPT, Runs.FAST_SIM).variable("echoPort",
                Integer.toString(server.getLocalPort())));
        assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
        assertEquals("3 steps passed", o.result().message());
        List<String> lines = o.events().stream().map(e -> e instanceof RunEvent.UrcReceived u ? u.line()
                : e instanceof RunEvent.Received r ? r.line() : "").filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.containsAll(List.of("+QIOPEN: 0,0", "SEND OK", "+QIURC: \"recv\",0", "+QIRD: 13",
                "hello, module", "+QIRD: 13,13,0", "+QISEND: 13,13,0")), () -> String.join("\n", lines));
        assertTrue(o.logs().stream().anyMatch(l -> l.startsWith("echoed 13 bytes through socket 0")), o::transcript);
    }

    @Test
    void aServerThatIsNotThereFailsTheOpenStep() throws IOException {
        int port = server.getLocalPort();
        server.close();
        Runs.Outcome o = Runs.run(Runs.of(SCRIPT, Runs.FAST_SIM).variable("echoPort", Integer.toString(port)));
        assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
        assertEquals("AT+QIOPEN failed: 566 (socket connect failed)", o.result().message());
    }
}
