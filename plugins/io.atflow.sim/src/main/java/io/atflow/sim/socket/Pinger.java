package io.atflow.sim.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.atflow.sim.net.Network;

/**
 * AT+QPING's echo requests, really sent from this computer ({@link InetAddress#isReachable}: ICMP where the JVM may,
 * else a TCP probe of the echo port, which counts a refused connection as an answer). Each request gives
 * {@code +QPING: 0,"<IP_address>",<bytes>,<time>,<ttl>} or {@code +QPING: 569} (timeout); the summary is
 * {@code +QPING: 0,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>}, or {@code +QPING: 565} when the name does not resolve.
 * The probe cannot see a reply's size and TTL: the lines carry the module's request size (32 bytes) and TTL 255, as a
 * module's answers show them. Blocking; runs in the background.
 */
final class Pinger {
    static final int BYTES = 32;
    static final int TTL = 255;
    private final Network network;

    Pinger(Network network) {
        this.network = network;
    }

    /**
     * @param lines  receives each line as it happens
     * @param pause  between two requests
     */
    void ping(String host, Duration timeout, int count, Duration pause, Consumer<String> lines) {
        InetAddress address;
        try {
            List<InetAddress> all = network.resolve(host);
            address = all.get(0);
        } catch (UnknownHostException | RuntimeException e) {
            lines.accept("+QPING: " + TcpipError.DNS_PARSE_FAILED);
            return;
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sleep(pause);
            }
            long started = System.nanoTime();
            boolean answered;
            try {
                answered = address.isReachable((int) timeout.toMillis());
            } catch (IOException e) {
                answered = false;
            }
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            if (answered) {
                times.add(millis);
                lines.accept("+QPING: 0,\"" + address.getHostAddress() + "\"," + BYTES + "," + millis + "," + TTL);
            } else {
                lines.accept("+QPING: " + TcpipError.OPERATION_TIMEOUT);
            }
        }
        long min = times.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = times.stream().mapToLong(Long::longValue).max().orElse(0);
        long avg = times.isEmpty() ? 0 : Math.round(times.stream().mapToLong(Long::longValue).average().orElse(0));
        lines.accept("+QPING: 0," + count + "," + times.size() + "," + (count - times.size()) + "," + min + "," + max
                + "," + avg);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
