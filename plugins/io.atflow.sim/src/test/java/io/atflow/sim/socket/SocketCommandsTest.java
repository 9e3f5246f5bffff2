package io.atflow.sim.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleTestBase;
import io.atflow.sim.RefusedPort;

/**
 * TCP client sockets through the simulated module to an echo server on 127.0.0.1. Expected answers are the formats
 * of Quectel's TCP/IP Application Notes (BG95&BG77&BG600L §2.3.4-2.3.8 and the example of §3.3; LTE Standard
 * V1.1 §2.1.4-2.1.8): {@code OK} then {@code +QIOPEN: <id>,0}; {@code >}, data, {@code SEND OK};
 * {@code +QIURC: "recv",<id>}; {@code +QIRD: 5}, the data, {@code OK}; {@code +QIRD: 0} when empty;
 * {@code +QIRD: <total>,<read>,<unread>}; {@code +QISEND: <sent>,<acked>,<unacked>}.
 */
class SocketCommandsTest extends ModuleTestBase {
    static final Duration WAIT = Duration.ofSeconds(10);
    EchoServer echo;

    @BeforeEach
    void startEcho() throws IOException {
        echo = EchoServer.echoing();
    }

    @AfterEach
    void stopEcho() throws IOException {
        echo.close();
    }

    void open(int id, int mode) {
        assertEquals(List.of("OK"), line.exchange("AT+QIOPEN=1," + id + ",\"TCP\",\"127.0.0.1\"," + echo.port() + ",0,"
                + mode));
        line.expect("+QIOPEN: " + id + ",0");
    }

    void send(int id, String data) {
        line.send("AT+QISEND=" + id + "," + data.length()).awaitPrompt().write(data).expect("> ", "SEND OK");
    }

    @Test
    void bufferAccessModeRoundTrip() throws Exception {
        open(0, 0);
        Socket peer = echo.nextConnection();
        // +QISTATE: <connectID>,"<service_type>","<IP_address>",<remote_port>,<local_port>,<socket_state>,<contextID>,
        // <serverID>,<access_mode>,"<AT_port>": state 2 connected; the local port is the one the server sees
        assertEquals(List.of("+QISTATE: 0,\"TCP\",\"127.0.0.1\"," + echo.port() + "," + peer.getPort()
                + ",2,1,0,0,\"uart1\"", "OK"), line.exchange("AT+QISTATE?"));
        send(0, "test1");
        assertArrayEquals("test1".getBytes(StandardCharsets.US_ASCII), echo.nextData(WAIT));
        line.expect("+QIURC: \"recv\",0");
        assertEquals(List.of("+QIRD: 5", "test1", "OK"), line.exchange("AT+QIRD=0,1500"));
        assertEquals(List.of("+QIRD: 0", "OK"), line.exchange("AT+QIRD=0,1500"));
        assertEquals(List.of("+QIRD: 5,5,0", "OK"), line.exchange("AT+QIRD=0,0"));
        assertEquals(List.of("+QISEND: 5,5,0", "OK"), line.exchange("AT+QISEND=0,0"));
        assertEquals(List.of("OK"), line.exchange("AT+QICLOSE=0"));
        assertEquals(List.of("OK"), line.exchange("AT+QISTATE?"));
        echo.awaitClosed(peer);
    }

    @Test
    void variableLengthDataEndsWithCtrlZ() throws Exception {
        open(3, 0);
        line.send("AT+QISEND=3").awaitPrompt().write("abc\u001a").expect("> ", "SEND OK", "+QIURC: \"recv\",3");
        assertEquals(List.of("+QIRD: 3", "abc", "OK"), line.exchange("AT+QIRD=3"));
        line.send("AT+QISEND=3").awaitPrompt().write("never\u001b").expect("> ", "OK");
        assertEquals(List.of("+QISEND: 3,3,0", "OK"), line.exchange("AT+QISEND=3,0"));
    }

    @Test
    void aNewRecvUrcOnlyOnceTheBufferWasEmptied() throws Exception {
        open(1, 0);
        send(1, "one");
        line.expect("+QIURC: \"recv\",1");
        send(1, "two");
        awaitUnread(1, 6);
        line.expectSilence(Duration.ofMillis(200));
        assertEquals(List.of("+QIRD: 4", "onet", "OK"), line.exchange("AT+QIRD=1,4"));
        assertEquals(List.of("+QIRD: 6,4,2", "OK"), line.exchange("AT+QIRD=1,0"));
        assertEquals(List.of("+QIRD: 2", "wo", "OK"), line.exchange("AT+QIRD=1"));
        send(1, "three");
        line.expect("+QIURC: \"recv\",1");
    }

    /**
     * Polls AT+QIRD=<id>,0 until {@code total} bytes arrived (the echo of two sends may take two reads); no URC may
     * come meanwhile.
     */
    void awaitUnread(int id, int total) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<String> answer = line.exchange("AT+QIRD=" + id + ",0");
            assertEquals(List.of("+QIRD", "OK"), answer.stream().map(l -> l.split(":")[0]).toList(), answer::toString);
            if (answer.get(0).startsWith("+QIRD: " + total + ",")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the echo did not bring " + total + " bytes within " + WAIT);
    }

    @Test
    void directPushModeSendsTheDataWithTheUrc() {
        open(2, 1);
        send(2, "hello");
        // +QIURC: "recv",<connectID>,<currentrecvlength><CR><LF><data>
        line.expect("+QIURC: \"recv\",2,5", "hello");
        assertEquals(List.of("ERROR"), line.exchange("AT+QIRD=2,1500"));
    }

    @Test
    void thePeerClosing() throws Exception {
        open(0, 0);
        echo.nextConnection().close();
        line.expect("+QIURC: \"closed\",0");
        assertEquals(List.of("+QISTATE: 0,\"TCP\",\"127.0.0.1\"," + echo.port() + "," + localPort(0)
                + ",4,1,0,0,\"uart1\"", "OK"), line.exchange("AT+QISTATE=1,0"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QISEND=0,3"));
        assertEquals(List.of("+QIGETERROR: 567,socket has been closed", "OK"), line.exchange("AT+QIGETERROR"));
        assertEquals(List.of("OK"), line.exchange("AT+QICLOSE=0"));
        assertEquals(List.of("OK"), line.exchange("AT+QISTATE=1,0"));
    }

    String localPort(int id) {
        String state = line.exchange("AT+QISTATE=1," + id).get(0);
        return state.split(",")[4];
    }

    @Test
    void hexStringsAreSentAsBytes() throws Exception {
        open(0, 0);
        // "68656c6c6f" is "hello" (python3 -c 'print(b"hello".hex())')
        line.send("AT+QISENDEX=0,\"68656c6c6f\"").expect("SEND OK", "+QIURC: \"recv\",0");
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), echo.nextData(WAIT));
        assertEquals(List.of("ERROR"), line.exchange("AT+QISENDEX=0,\"6g\""));
        assertEquals(List.of("+QIGETERROR: 552,invalid parameters", "OK"), line.exchange("AT+QIGETERROR"));
    }

    @Test
    void failuresAreReportedInTheUrcAndByQigeterror() throws Exception {
        try (RefusedPort refused = new RefusedPort()) {
            assertEquals(List.of("OK"), line.exchange("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + refused.port() + ",0,0"));
            line.expect("+QIOPEN: 0,566");
            assertEquals(List.of("+QIGETERROR: 566,socket connect failed", "OK"), line.exchange("AT+QIGETERROR"));
            assertEquals(List.of("OK"), line.exchange("AT+QIOPEN=1,0,\"TCP\",\"no-such-host.invalid\",80,0,0"));
        }
        line.expect("+QIOPEN: 0,565");
        open(0, 0);
        assertEquals(List.of("OK"), line.exchange("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + echo.port() + ",0,0"));
        line.expect("+QIOPEN: 0,563");
        assertEquals(List.of("+QIGETERROR: 563,socket identity has been used", "OK"), line.exchange("AT+QIGETERROR"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIOPEN=1,12,\"TCP\",\"127.0.0.1\",80,0,0"));
        assertEquals(List.of("+QIGETERROR: 552,invalid parameters", "OK"), line.exchange("AT+QIGETERROR"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIOPEN=1,1,\"TCP\",\"127.0.0.1\"," + echo.port() + ",0,2"));
        assertEquals(List.of("+QIGETERROR: 555,operation not supported", "OK"), line.exchange("AT+QIGETERROR"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QISEND=5,3"));
        assertEquals(List.of("OK"), line.exchange("AT+QICLOSE=5"));
        assertEquals(List.of("+QIGETERROR: 0,operate successfully", "OK"), line.exchange("AT+QIGETERROR"));
    }

    @Test
    void deactivatingTheContextClosesItsSockets() throws Exception {
        open(0, 0);
        Socket peer = echo.nextConnection();
        assertEquals(List.of("OK"), line.exchange("AT+QIDEACT=1"));
        assertEquals(List.of("OK"), line.exchange("AT+QISTATE?"));
        echo.awaitClosed(peer);
        assertEquals(List.of("OK"), line.exchange("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + echo.port() + ",0,0"));
        line.expect("+QIOPEN: 0,561");
    }

    @Test
    void testForms() {
        assertEquals(List.of("OK"), line.exchange("AT+QISTATE=?"));
        assertTrue(line.exchange("AT+QIOPEN=?").get(0).startsWith("+QIOPEN: (1-16),(0-11),"));
        assertEquals(List.of("+QISEND: (0-11),(0-1460)", "OK"), line.exchange("AT+QISEND=?"));
        assertEquals(List.of("+QIRD: (0-11),(0-1500)", "OK"), line.exchange("AT+QIRD=?"));
        assertEquals(List.of("+QICLOSE: (0-11),(0-65535)", "OK"), line.exchange("AT+QICLOSE=?"));
    }
}
