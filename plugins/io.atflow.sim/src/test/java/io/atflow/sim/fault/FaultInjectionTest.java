package io.atflow.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.atflow.sim.PlatformModuleTestBase;
import io.atflow.sim.io.BytePipe;

/** Each fault shows itself the way a real module shows it. */
class FaultInjectionTest extends PlatformModuleTestBase {
    void connect() {
        line.exchange("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"c4fa40df9c8078073d75a26be2bc8f58\"");
        assertEquals(List.of("OK"), line.exchange("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883"));
        line.expect("+QMTOPEN: 0,0");
        assertEquals(List.of("OK"), line.exchange("AT+QMTCONN=0,\"device001\""));
        line.expect("+QMTCONN: 0,0,0");
    }

    @Test
    void droppedLinkIsQmtstat1AndTheIndexCanOpenAgain() {
        connect();
        module.faults().dropLink(0);
        line.expect("+QMTSTAT: 0,1");
        assertEquals(List.of("OK"), line.exchange("AT+QMTCONN?"));
        connect();
    }

    @Test
    void scheduledFaultFiresLater() {
        connect();
        module.faults().schedule(FaultSpec.parse("drop-link=0@50ms"));
        line.expect("+QMTSTAT: 0,1");
    }

    @Test
    void rebootLosesEverythingAndSaysRdy() {
        connect();
        module.faults().reboot();
        line.expect("RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE", "+QIND: PB DONE");
        line.send("ATE0").expect("ATE0", "OK");
        assertEquals(List.of("OK"), line.exchange("AT+QMTCONN?"));
        assertEquals(List.of("+QMTCFG: \"aliauth\",,,", "OK"), line.exchange("AT+QMTCFG=\"aliauth\",0"));
        connect();
    }

    @Test
    void lostRegistrationDropsTheBearerAndTheLinkUntilTheNetworkIsBack() {
        connect();
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=2"));
        module.faults().deregister();
        line.expect("+CEREG: 2", "+QIURC: \"pdpdeact\",1", "+QMTSTAT: 0,1");
        assertEquals(List.of("+CEREG: 2,2", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("+QENG: \"servingcell\",\"SEARCH\"", "OK"), line.exchange("AT+QENG=\"servingcell\""));
        assertEquals(List.of("OK"), line.exchange("AT+CGPADDR"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIACT=1"));
        assertEquals(List.of("OK"), line.exchange("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883"));
        line.expect("+QMTOPEN: 0,3");
        module.faults().register();
        line.expect("+CEREG: 1,\"550B\",\"5C4EF01\",7");
        assertEquals(List.of("+CGPADDR: 1,\"10.113.242.215\",\"2409:8930:434:5ACF:ACC8:DEB2:8B17:44DB\"", "OK"),
                line.exchange("AT+CGPADDR"));
        connect();
    }

    @Test
    void urcsDuringADataPhaseFollowItsResult() {
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=1"));
        line.send("AT+QHTTPURL=10,10").expect("CONNECT");
        line.write("https:");
        module.faults().deregister();
        line.write("//x/");
        line.expect("OK", "+CEREG: 2", "+QIURC: \"pdpdeact\",1");
    }

    @Test
    void noiseComesBetweenLinesAndNeverBreaksThem() throws Exception {
        module.faults().noise(1.0);
        line.send("AT");
        String noise = line.next();
        assertTrue(noise.chars().allMatch(c -> c == 0xFFFD || c >= 0x80), noise);
        line.expect("OK");
        module.faults().noise(0);
        assertEquals(List.of("OK"), line.exchange("AT"));
    }

    @Test
    void chunkedOutputArrivesInPiecesOfAtMostTheChunkSize() throws Exception {
        String expected = "\r\nQuectel\r\nEC25\r\nRevision: EC25EFAR06A11M4G\r\n\r\nOK\r\n";
        List<Integer> writes = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        CountDownLatch complete = new CountDownLatch(1);
        OutputStream recorder = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                writes.add(len);
                seen.write(b, off, len);
                if (seen.size() >= expected.length()) {
                    complete.countDown();
                }
            }
        };
        BytePipe host = new BytePipe();
        module.faults().chunked(3);
        module.attach(host.input(), recorder);
        host.output().write("ATI\r".getBytes(StandardCharsets.US_ASCII));
        assertTrue(complete.await(10, TimeUnit.SECONDS), () -> "the answer to ATI did not arrive within 10 s; got \""
                + seen.toString(StandardCharsets.US_ASCII) + "\"");
        assertEquals(expected, seen.toString(StandardCharsets.US_ASCII));
        assertTrue(writes.stream().allMatch(n -> n <= 3), writes::toString);
        assertTrue(writes.size() >= expected.length() / 3);
    }

    @Test
    void slowAndChunkComeFromTheCliSyntax() {
        module.faults().apply(FaultSpec.parse("slow=5ms"));
        module.faults().apply(FaultSpec.parse("chunk=2"));
        assertEquals(java.time.Duration.ofMillis(5), module.faults().shaping().pause());
        assertEquals(2, module.faults().shaping().chunkSize());
        assertEquals(List.of("Quectel", "EC25", "Revision: EC25EFAR06A11M4G", "OK"), line.exchange("ATI"));
        module.faults().clearLine();
        assertEquals(List.of("OK"), line.exchange("AT"));
    }
}
