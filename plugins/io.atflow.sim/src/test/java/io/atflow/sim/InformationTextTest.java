package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bytes of an answer of several information lines, as ITU-T V.250 §5.7.1 frames them with ATV1 and Quectel's
 * manuals show them: {@code \r\n}, the lines separated by one {@code \r\n}, {@code \r\n}, then the result code in its
 * own {@code \r\n} pair; no empty line between two lines of the same answer. AT+QCFG=? and AT+QFLST printed each
 * line in a pair of its own (an empty line between lines), unlike AT+QMTCFG=? and AT+QSSLCFG=?; they now print one
 * information text as those do.
 */
class InformationTextTest {
    private SimulatedModule module;
    private ModuleConnection connection;
    private final LinkedBlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() {
        module = SimulatedModule.start(SimConfig.defaults());
        connection = module.open();
        Thread.ofVirtual().start(() -> {
            try {
                for (int b = connection.fromModule().read(); b >= 0; b = connection.fromModule().read()) {
                    bytes.add(b);
                }
            } catch (IOException e) {
                // closed
            }
        });
        assertEquals("ATE0\r\r\nOK\r\n", exchange("ATE0\r"));
    }

    @AfterEach
    void close() {
        connection.close();
        module.close();
    }

    @Test
    void aTestFormWithALineASettingIsOneInformationText() {
        for (String command : List.of("AT+QCFG=?", "AT+QMTCFG=?", "AT+QSSLCFG=?", "AT+QHTTPCFG=?")) {
            String answer = exchange(command + "\r");
            assertOneInformationText(answer, command);
        }
    }

    @Test
    void aFileListIsOneInformationText() {
        for (String name : List.of("a.pem", "b.pem")) {
            assertEquals("\r\nCONNECT\r\n", exchange("AT+QFUPL=\"" + name + "\",2\r"));
            assertTrue(exchange("ab").endsWith("\r\nOK\r\n"), name);
        }
        String answer = exchange("AT+QFLST\r");
        assertEquals(2, assertOneInformationText(answer, "AT+QFLST"));
    }

    /** @return how many lines the information text has */
    private static int assertOneInformationText(String answer, String command) {
        assertTrue(answer.startsWith("\r\n") && answer.endsWith("\r\n\r\nOK\r\n"), command + ": " + answer);
        String text = answer.substring(2, answer.length() - "\r\n\r\nOK\r\n".length());
        List<String> lines = Arrays.asList(text.split("\r\n", -1));
        assertTrue(lines.size() > 1 && lines.stream().noneMatch(String::isEmpty),
                command + " printed an empty line between its lines: " + lines);
        return lines.size();
    }

    /** Writes {@code input}; what the module says until its answer ends (a result code, or CONNECT). */
    private String exchange(String input) {
        try {
            connection.toModule().write(input.getBytes(StandardCharsets.UTF_8));
            connection.toModule().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(out.toString().endsWith("OK\r\n") || out.toString().endsWith("ERROR\r\n")
                || out.toString().endsWith("\r\nCONNECT\r\n"))) {
            Integer b;
            try {
                b = bytes.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted");
            }
            if (b == null) {
                return fail("no complete answer to " + input.strip() + " within 10 s: " + visible(out));
            }
            out.append((char) b.intValue());
        }
        return out.toString();
    }

    private static String visible(CharSequence s) {
        return s.chars().mapToObj(c -> c == '\r' ? "\\r" : c == '\n' ? "\\n" : String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
