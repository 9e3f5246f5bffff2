package io.atflow.sim.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.sim.ModuleTestBase;

/**
 * AT+QPING (BG95&BG77&BG600L TCP/IP Application Note p. 28: OK, {@code +QPING: 0,"<IP>",<bytes>,<time>,<ttl>} per
 * request, {@code +QPING: 0,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>}) and AT+QIDNSCFG.
 */
class PingAndDnsTest extends ModuleTestBase {

    @Test
    void pingTheLoopback() {
        assertEquals(List.of("OK"), line.exchange("AT+QPING=1,\"127.0.0.1\",2,3"));
        int[] times = new int[3];
        for (int i = 0; i < 3; i++) {
            String reply = line.next();
            assertTrue(reply.matches("\\+QPING: 0,\"127\\.0\\.0\\.1\",32,\\d+,255"), reply);
            times[i] = Integer.parseInt(reply.split(",")[3]);
        }
        String summary = line.next();
        String[] f = summary.substring("+QPING: ".length()).split(",");
        assertEquals(List.of("0", "3", "3", "0"), List.of(f[0], f[1], f[2], f[3]), summary);
        int min = Math.min(times[0], Math.min(times[1], times[2]));
        int max = Math.max(times[0], Math.max(times[1], times[2]));
        assertEquals(min, Integer.parseInt(f[4]), summary);
        assertEquals(max, Integer.parseInt(f[5]), summary);
    }

    @Test
    void aNameThatDoesNotResolve() {
        assertEquals(List.of("OK"), line.exchange("AT+QPING=1,\"no-such-host.invalid\""));
        line.expect("+QPING: 565");
    }

    @Test
    void pingNeedsAnActiveContext() {
        assertEquals(List.of("OK"), line.exchange("AT+QIDEACT=1"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QPING=1,\"127.0.0.1\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QPING=1,\"127.0.0.1\",0"));
        assertEquals(List.of("+QIGETERROR: 552,invalid parameters", "OK"), line.exchange("AT+QIGETERROR"));
    }

    @Test
    void dnsServersOfAContext() {
        String initial = line.exchange("AT+QIDNSCFG=1").get(0);
        assertTrue(initial.matches("\\+QIDNSCFG: 1,\"[0-9.]+\",\"[0-9.]+\""), initial);
        assertEquals(List.of("OK"), line.exchange("AT+QIDNSCFG=1,\"8.8.8.8\",\"8.8.4.4\""));
        assertEquals(List.of("+QIDNSCFG: 1,\"8.8.8.8\",\"8.8.4.4\"", "OK"), line.exchange("AT+QIDNSCFG=1"));
        assertEquals(List.of("OK"), line.exchange("AT+QIDNSCFG=1,\"1.1.1.1\""));
        assertEquals(List.of("+QIDNSCFG: 1,\"1.1.1.1\",\"8.8.4.4\"", "OK"), line.exchange("AT+QIDNSCFG=1"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIDNSCFG=1,\"8.8.8\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIDNSCFG=2"));
    }

    @Test
    void theComputersNameServersAreTheDefault(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("resolv.conf"), """
                # generated
                search example.org
                nameserver 10.0.0.53
                nameserver fe80::1
                nameserver 192.168.1.1
                nameserver 9.9.9.9
                """);
        assertEquals(List.of("10.0.0.53", "192.168.1.1", "9.9.9.9"), DnsServers.systemServers(conf));
        assertEquals(List.of(), DnsServers.systemServers(dir.resolve("missing")));
    }
}
