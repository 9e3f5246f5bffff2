package io.atflow.sim.http;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.net.Network;
import io.atflow.sim.net.Target;
import io.atflow.sim.network.Radio;

/**
 * The module's HTTP(S) client: the URL set by AT+QHTTPURL, the POST of AT+QHTTPPOST (connect, CONNECT, body,
 * OK, then {@code +QHTTPPOST: <err>,<status>[,<length>]}) and the last response for AT+QHTTPREAD. Runs on the
 * module thread; network I/O happens in the background.
 */
public final class HttpSession {
    private final ModuleCore module;
    private final Radio radio;
    private final Network network;
    private final Duration latency;
    private String url;
    private HttpResponse response;
    private boolean busy;
    private int generation;

    public HttpSession(ModuleCore module, Radio radio, Network network, Duration latency) {
        this.module = module;
        this.radio = radio;
        this.network = network;
        this.latency = latency;
        module.onReset(this::reset);
    }

    private void reset() {
        url = null;
        response = null;
        busy = false;
        generation++;
    }

    boolean busy() {
        return busy;
    }

    void url(String value) {
        url = value;
        response = null;
    }

    HttpResponse response() {
        return response;
    }

    /** Starts AT+QHTTPPOST; the final result (CONNECT + data phase, or a CME error) follows later. */
    Outcome post(int length, Duration inputTime, Duration responseTime) {
        if (busy) {
            return Outcome.cme(CmeError.HTTP_BUSY);
        }
        if (url == null || url.isEmpty()) {
            return Outcome.cme(CmeError.HTTP_EMPTY_URL);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Outcome.cme(CmeError.HTTP_URL_ERROR);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Outcome.cme(CmeError.HTTP_URL_ERROR);
        }
        if (!radio.dataReady(1)) {
            return Outcome.cme(CmeError.HTTP_NETWORK_DEACTIVATED);
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        busy = true;
        response = null;
        int gen = generation;
        module.background("qhttppost", () -> {
            Socket socket;
            try {
                Target target = network.http(uri.getHost(), port, tls);
                socket = HttpSockets.open(target, tls, responseTime);
            } catch (UnknownHostException e) {
                finish(gen, Outcome.cme(CmeError.HTTP_DNS_ERROR));
                return;
            } catch (IOException e) {
                finish(gen, Outcome.cme(CmeError.HTTP_SOCKET_CONNECT_ERROR));
                return;
            }
            module.schedule(latency, () -> connected(gen, socket, uri, length, inputTime));
        });
        return Outcome.PENDING;
    }

    private void connected(int gen, Socket socket, URI uri, int length, Duration inputTime) {
        if (gen != generation) {
            closeQuietly(socket);
            return;
        }
        module.out().info("CONNECT");
        module.expectData(DataRequest.exactly(length, inputTime, new DataRequest.Sink() {
            @Override
            public Outcome received(byte[] body) {
                module.background("qhttppost-send", () -> exchange(gen, socket, uri, body));
                return Outcome.OK;
            }

            @Override
            public Outcome timedOut() {
                closeQuietly(socket);
                busy = false;
                return Outcome.cme(CmeError.HTTP_INPUT_TIMEOUT);
            }
        }));
    }

    private void exchange(int gen, Socket socket, URI uri, byte[] body) {
        String urc;
        HttpResponse r = null;
        try (socket) {
            HttpWire.writePost(socket.getOutputStream(), uri, body);
            r = HttpWire.read(socket.getInputStream());
            urc = "+QHTTPPOST: 0," + r.status() + (r.contentLength() >= 0 ? "," + r.contentLength() : "");
        } catch (java.net.SocketTimeoutException e) {
            urc = "+QHTTPPOST: " + CmeError.HTTP_WAIT_RESPONSE_TIMEOUT;
        } catch (IOException | NumberFormatException e) {
            urc = "+QHTTPPOST: " + CmeError.HTTP_SOCKET_READ_ERROR;
        }
        HttpResponse response = r;
        String line = urc;
        module.schedule(latency, () -> {
            if (gen == generation) {
                busy = false;
                this.response = response;
                module.out().urc(line);
            }
        });
    }

    private void finish(int gen, Outcome outcome) {
        module.schedule(latency, () -> {
            if (gen == generation) {
                busy = false;
                module.out().result(outcome);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
