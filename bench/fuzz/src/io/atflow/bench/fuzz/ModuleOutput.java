package io.atflow.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Everything a module wrote, collected by a reader thread; callers wait for what they need after a mark. */
final class ModuleOutput {
    private final ByteArrayOutputStream all = new ByteArrayOutputStream();

    ModuleOutput(InputStream from) {
        Thread.ofVirtual().name("fuzz-module-output").start(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = from.read(buf)) >= 0) {
                    synchronized (this) {
                        all.write(buf, 0, n);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the line closed
            }
        });
    }

    synchronized int mark() {
        return all.size();
    }

    /** The bytes after {@code mark}. */
    synchronized byte[] since(int mark) {
        byte[] b = all.toByteArray();
        return java.util.Arrays.copyOfRange(b, mark, b.length);
    }

    /** Waits until more than {@code seen} bytes are there or the deadline passes. */
    synchronized void awaitMore(int seen, long deadlineNanos) throws InterruptedException {
        while (all.size() <= seen) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The complete lines (CR LF terminated, blank ones dropped) in {@code bytes}. */
    static List<String> lines(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        int start = 0;
        int end;
        while ((end = s.indexOf("\r\n", start)) >= 0) {
            String line = s.substring(start, end);
            if (!line.isEmpty()) {
                out.add(line);
            }
            start = end + 2;
        }
        return out;
    }

    static boolean isFinal(String line) {
        return line.equals("OK") || line.equals("ERROR") || line.startsWith("+CME ERROR:");
    }
}
