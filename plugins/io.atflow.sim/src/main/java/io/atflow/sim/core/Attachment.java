package io.atflow.sim.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import io.atflow.sim.io.BytePipe;
import io.atflow.sim.io.OutputPump;

/**
 * One host on the module's serial line: a reader thread feeding the module and a pump writing the module's output
 * (through an unbounded queue, so the module never waits for a slow host). Ends when the host closes its side.
 */
public final class Attachment implements AutoCloseable {
    private final ModuleCore module;
    private final InputStream fromHost;
    private final BytePipe queue = new BytePipe();
    private volatile boolean closed;

    private final OutputStream toHost;

    Attachment(ModuleCore module, InputStream fromHost, OutputStream toHost) {
        this.module = module;
        this.fromHost = fromHost;
        this.toHost = toHost;
    }

    void start() {
        Thread.ofVirtual().name("atflow-sim-out").start(new OutputPump(queue.input(), toHost, module.shaping()));
        Thread.ofVirtual().name("atflow-sim-in").start(this::readHost);
    }

    private void readHost() {
        byte[] buf = new byte[4096];
        try {
            int n;
            while (!closed && (n = fromHost.read(buf)) >= 0) {
                if (n > 0) {
                    module.input(Arrays.copyOf(buf, n));
                }
            }
        } catch (IOException e) {
            // the host went away
        } finally {
            close();
        }
    }

    void write(byte[] bytes) {
        if (closed) {
            return;
        }
        try {
            queue.output().write(bytes);
        } catch (IOException e) {
            // closed concurrently: the bytes are lost, as on an unplugged line
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.close();
        try {
            fromHost.close();
        } catch (IOException e) {
            // already closed
        }
        module.detached(this);
    }
}
