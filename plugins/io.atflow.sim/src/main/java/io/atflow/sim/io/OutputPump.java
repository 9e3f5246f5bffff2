package io.atflow.sim.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.locks.LockSupport;

import io.atflow.sim.fault.OutputShaping;

/** Copies the module's output to the wire, cut and paced as the current {@link OutputShaping} says. */
public final class OutputPump implements Runnable {
    private final InputStream source;
    private final OutputStream sink;
    private final OutputShaping shaping;

    public OutputPump(InputStream source, OutputStream sink, OutputShaping shaping) {
        this.source = source;
        this.sink = sink;
        this.shaping = shaping;
    }

    @Override
    public void run() {
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = source.read(buf)) >= 0) {
                int chunk = shaping.chunkSize() > 0 ? shaping.chunkSize() : n;
                for (int off = 0; off < n; off += chunk) {
                    sink.write(buf, off, Math.min(chunk, n - off));
                    sink.flush();
                    long pause = shaping.pause().toNanos();
                    if (pause > 0) {
                        LockSupport.parkNanos(pause);
                    }
                }
            }
        } catch (IOException e) {
            // the host went away; the attachment ends
        } finally {
            try {
                sink.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
