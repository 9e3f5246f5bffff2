package io.atflow.sim.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleLine;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/**
 * AT+QFUPL, AT+QFLST, AT+QFDEL. Checksums: Amazon Root CA 1 as a BG95 printed it for 1188 and 1187 bytes
 * ({@code +QFUPL: 1188,2d13}, {@code +QFUPL: 1187,2d19}, logs of real modules); the short ones computed with
 * Python from the manual's rule (XOR of big-endian 16-bit words, an odd last byte as the high half).
 */
class FileCommandsTest {
    SimulatedModule module;
    ModuleLine line;

    @BeforeEach
    void start() {
        module = SimulatedModule.start(SimConfig.defaults());
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    @AfterEach
    void close() {
        line.close();
        module.close();
    }

    static byte[] amazonRootCa() throws IOException {
        try (InputStream in = FileCommandsTest.class.getResourceAsStream("AmazonRootCA1.pem")) {
            return in.readAllBytes();
        }
    }

    List<String> upload(String name, byte[] data) {
        line.send("AT+QFUPL=\"" + name + "\"," + data.length + ",10").expect("CONNECT");
        line.write(data);
        return List.of(line.next(), line.next());
    }

    @Test
    void uploadPrintsSizeAndTheChecksumRealModulesPrint() throws IOException {
        byte[] ca = amazonRootCa();
        assertEquals(1188, ca.length);
        assertEquals(List.of("+QFUPL: 1188,2d13", "OK"), upload("cacert.pem", ca));
        assertEquals(List.of("+QFUPL: 1187,2d19", "OK"), upload("UFS:odd.pem", Arrays.copyOf(ca, 1187)));
        assertEquals(List.of("+QFUPL: 4,6c68", "OK"), upload("crlf.txt", "ab\r\n".getBytes()));
        assertEquals(List.of("+QFUPL: 7,6104", "OK"), upload("hello.txt", "hello\r\n".getBytes()));
    }

    @Test
    void listAndDelete() {
        upload("a.pem", "ab\r\n".getBytes());
        upload("UFS:b.pem", "hello\r\n".getBytes());
        assertEquals(List.of("+QFLST: \"a.pem\",4", "+QFLST: \"b.pem\",7", "OK"), line.exchange("AT+QFLST"));
        assertEquals(List.of("+QFLST: \"UFS:a.pem\",4", "+QFLST: \"UFS:b.pem\",7", "OK"),
                line.exchange("AT+QFLST=\"UFS:*\""));
        assertEquals(List.of("+QFLST: \"b.pem\",7", "OK"), line.exchange("AT+QFLST=\"b*\""));
        assertEquals(List.of("OK"), line.exchange("AT+QFDEL=\"UFS:a.pem\""));
        assertEquals(List.of("+CME ERROR: 405"), line.exchange("AT+QFDEL=\"a.pem\""));
        assertEquals(List.of("OK"), line.exchange("AT+QFDEL=\"*\""));
        assertEquals(List.of("+CME ERROR: 405"), line.exchange("AT+QFLST"));
    }

    @Test
    void anExistingNameIsRefusedWith407() {
        upload("cacert.pem", "ab\r\n".getBytes());
        assertEquals(List.of("+CME ERROR: 407"), line.exchange("AT+QFUPL=\"UFS:cacert.pem\",4"));
    }

    @Test
    void dataThatDoesNotArriveInTimeIs421AndNothingIsStored() {
        line.send("AT+QFUPL=\"late.pem\",10,1").expect("CONNECT");
        line.write("abc");
        assertEquals("+CME ERROR: 421", line.next());
        assertEquals(List.of("+CME ERROR: 405"), line.exchange("AT+QFLST=\"late.pem\""));
    }

    @Test
    void verboseErrorsAndTestForm() {
        assertEquals(List.of("OK"), line.exchange("AT+CMEE=2"));
        assertEquals(List.of("+CME ERROR: File not found"), line.exchange("AT+QFDEL=\"none\""));
        assertEquals(List.of("+QFUPL: \"<filename>\",(1-" + FileStore.CAPACITY + "),(1-65535),(0,1)", "OK"),
                line.exchange("AT+QFUPL=?"));
    }
}
