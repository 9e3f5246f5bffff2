package io.atflow.sim;

import java.io.InputStream;
import java.io.OutputStream;

import io.atflow.sim.core.Attachment;
import io.atflow.sim.io.BytePipe;

/**
 * The host's end of an in-process serial line to a simulated module: read what the module says from
 * {@link #fromModule()}, send commands and data to {@link #toModule()}. Neither side ever blocks the other.
 */
public final class ModuleConnection implements AutoCloseable {
    private final BytePipe toHost;
    private final BytePipe toModule;
    private final Attachment attachment;

    ModuleConnection(BytePipe toHost, BytePipe toModule, Attachment attachment) {
        this.toHost = toHost;
        this.toModule = toModule;
        this.attachment = attachment;
    }

    public InputStream fromModule() {
        return toHost.input();
    }

    public OutputStream toModule() {
        return toModule.output();
    }

    /** Still attached: the module has not been closed and no other host took the line. */
    public boolean isOpen() {
        return !attachment.isClosed();
    }

    @Override
    public void close() {
        toModule.close();
        attachment.close();
    }
}
