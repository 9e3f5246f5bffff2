package io.atflow.sim.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleTestBase;

/** A UDP client socket: each AT+QISEND is a datagram to the server, its answer is read with AT+QIRD. */
class UdpSocketTest extends ModuleTestBase {

    @Test
    void datagramRoundTrip() throws Exception {
        try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            server.setSoTimeout(10_000);
            assertEquals(List.of("OK"), line.exchange("AT+QIOPEN=1,2,\"UDP\",\"127.0.0.1\"," + server.getLocalPort()
                    + ",0,0"));
            line.expect("+QIOPEN: 2,0");
            line.send("AT+QISEND=2,4").awaitPrompt().write("ping").expect("> ", "SEND OK");
            DatagramPacket p = new DatagramPacket(new byte[100], 100);
            server.receive(p);
            assertEquals("ping", new String(p.getData(), 0, p.getLength()));
            byte[] reply = "pong!".getBytes();
            server.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
            line.expect("+QIURC: \"recv\",2");
            assertEquals(List.of("+QIRD: 5", "pong!", "OK"), line.exchange("AT+QIRD=2,1500"));
            assertEquals(List.of("+QISTATE: 2,\"UDP\",\"127.0.0.1\"," + server.getLocalPort() + "," + p.getPort()
                    + ",2,1,0,0,\"uart1\"", "OK"), line.exchange("AT+QISTATE=0,1"));
            assertEquals(List.of("OK"), line.exchange("AT+QICLOSE=2"));
        }
    }
}
