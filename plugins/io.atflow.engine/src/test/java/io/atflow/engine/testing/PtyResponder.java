package io.atflow.engine.testing;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A tiny module on the far end of a pty: answers {@code AT}, {@code AT+CSQ}, {@code AT+URC} (OK, then a URC) and
 * {@code AT+QMTPUB=...} (prompt, payload up to Ctrl-Z, OK, delayed result); ignores {@code AT+HANG}.
 */
public final class PtyResponder implements Runnable {
    public final List<String> commands = new CopyOnWriteArrayList<>();
    public final List<String> payloads = new CopyOnWriteArrayList<>();
    private final Path device;

    public PtyResponder(Path device) {
        this.device = device;
    }

    public Thread start() {
        Thread t = new Thread(this, "pty-responder");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void run() {
        try (InputStream in = new FileInputStream(device.toFile()); OutputStream out = new FileOutputStream(device.toFile())) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    continue;
                }
                if (c != '\r') {
                    line.append((char) c);
                    continue;
                }
                String cmd = line.toString();
                line.setLength(0);
                commands.add(cmd);
                answer(cmd, in, out);
            }
        } catch (IOException e) {
            // the pty vanished: the test is over
        }
    }

    private void answer(String cmd, InputStream in, OutputStream out) throws IOException {
        if (cmd.equals("AT")) {
            write(out, "\r\nOK\r\n");
        } else if (cmd.equals("AT+CSQ")) {
            write(out, "\r\n+CSQ: 20,99\r\n\r\nOK\r\n");
        } else if (cmd.equals("AT+URC")) {
            write(out, "\r\nOK\r\n\r\n+QMTSTAT: 0,1\r\n");
        } else if (cmd.startsWith("AT+QMTPUB=")) {
            write(out, "\r\n> ");
            StringBuilder payload = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != 0x1A) {
                payload.append((char) c);
            }
            payloads.add(payload.toString());
            write(out, "\r\nOK\r\n\r\n+QMTPUB: 0,0,0\r\n");
        } else if (!cmd.equals("AT+HANG")) {
            write(out, "\r\nERROR\r\n");
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
