package io.atflow.engine.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.channel.AtChannel;
import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.CommandResult;

/** TCP and in-process pipe transports carry a real AT exchange and report their end. */
@Timeout(60)
class NetworkAndStreamTransportTest {
    /** Answers OK to every line, until it reads "BYE", then closes. */
    static void respond(InputStream in, OutputStream out) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c != '\r') {
                line.append((char) c);
                continue;
            }
            if (line.toString().equals("BYE")) {
                out.close();
                return;
            }
            out.write("\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            line.setLength(0);
        }
    }

    @Test
    void tcpCarriesCommandsAndAPeerCloseEndsTheChannel() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Thread module = new Thread(() -> {
                try (Socket s = server.accept()) {
                    respond(s.getInputStream(), s.getOutputStream());
                } catch (IOException e) {
                    // test ends
                }
            });
            module.start();
            TcpTransport t = new TcpTransport("127.0.0.1", server.getLocalPort());
            t.open();
            assertEquals("tcp://127.0.0.1:" + server.getLocalPort(), t.describe());
            try (AtChannel c = new AtChannel(t)) {
                c.start();
                assertTrue(c.execute(QuectelFacts.command("AT")).isSuccess());
                CommandResult r = c.execute(QuectelFacts.command("BYE").withTimeout(Duration.ofSeconds(30)));
                assertEquals("tcp://127.0.0.1:" + server.getLocalPort() + " closed the connection",
                        assertInstanceOf(CommandResult.TransportError.class, r).message());
            }
            module.join();
        }
    }

    @Test
    void tcpConnectErrorsAreOneSentence() throws IOException {
        try (Socket bound = new Socket()) { // bound, never listening: refuses, and no test beside this one gets it
            bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = bound.getLocalPort();
            TransportException e = assertThrows(TransportException.class,
                    () -> new TcpTransport("127.0.0.1", port).open());
            assertEquals("nothing accepts connections at tcp://127.0.0.1:" + port + " (connection refused)",
                    e.getMessage());
        }
        TransportException unknown = assertThrows(TransportException.class,
                () -> new TcpTransport("no-such-host.invalid", 5000).open());
        assertEquals("unknown host \"no-such-host.invalid\" in tcp://no-such-host.invalid:5000", unknown.getMessage());
    }

    @Test
    void streamTransportWrapsAStreamPair() throws Exception {
        PipedInputStream fromModule = new PipedInputStream();
        PipedOutputStream moduleOut = new PipedOutputStream(fromModule);
        PipedInputStream moduleIn = new PipedInputStream();
        PipedOutputStream toModule = new PipedOutputStream(moduleIn);
        Thread module = new Thread(() -> {
            try {
                respond(moduleIn, moduleOut);
            } catch (IOException e) {
                // test ends
            }
        });
        module.start();
        StreamTransport t = new StreamTransport(fromModule, toModule, "sim");
        t.open();
        try (AtChannel c = new AtChannel(t)) {
            c.start();
            for (int i = 0; i < 50; i++) {
                assertTrue(c.execute(QuectelFacts.command("AT+CSQ")).isSuccess());
            }
            CommandResult r = c.execute(QuectelFacts.command("BYE").withTimeout(Duration.ofSeconds(30)));
            assertEquals("sim closed the connection", assertInstanceOf(CommandResult.TransportError.class, r).message());
        }
        module.join();
    }

    @Test
    void aMissingSerialPortNamesTheAvailableOnes() {
        TransportException e = assertThrows(TransportException.class,
                () -> new SerialTransport(SerialSettings.of("/dev/ttyUSB99-atflow-test")).open());
        assertTrue(e.getMessage().startsWith("serial port /dev/ttyUSB99-atflow-test does not exist; available: "),
                e.getMessage());
    }
}
