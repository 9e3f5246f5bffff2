package io.atflow.sim.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import io.atflow.sim.SimulatedModule;

/**
 * The module's serial line on a TCP port (like a ser2net modem server): each client that connects takes the line,
 * replacing the previous one, as one UART has one host.
 */
public final class TcpModuleServer implements AutoCloseable {
    private final SimulatedModule module;
    private final ServerSocket server;
    private volatile boolean closed;

    private TcpModuleServer(SimulatedModule module, ServerSocket server) {
        this.module = module;
        this.server = server;
        Thread.ofVirtual().name("atflow-sim-tcp").start(this::accept);
    }

    /** @throws IOException one sentence naming the address when it cannot listen there */
    public static TcpModuleServer start(SimulatedModule module, String host, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            server.close();
            throw new IOException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another --tcp address or port");
        } catch (IOException | IllegalArgumentException e) {
            server.close();
            throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        return new TcpModuleServer(module, server);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                module.attach(s.getInputStream(), s.getOutputStream());
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
