package io.atflow.sim.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.net.Network;
import io.atflow.sim.net.Target;

/**
 * The module's HTTP(S) client: the settings of AT+QHTTPCFG, the URL set by AT+QHTTPURL, the requests of
 * AT+QHTTPPOST (connect, CONNECT, body, OK, then {@code +QHTTPPOST: <err>,<status>[,<length>]}) and AT+QHTTPGET (OK,
 * then {@code +QHTTPGET: ...}; with "requestheader" 1 first CONNECT and the host's request header), and the last
 * response for AT+QHTTPREAD. Runs on the module thread; network I/O happens in the background.
 */
public final class HttpSession {
    private final ModuleCore module;
    private final Radio radio;
    private final Network network;
    private final Duration latency;
    private HttpSettings settings = new HttpSettings();
    private String url;
    private HttpResponse response;
    private boolean busy;
    private int generation;

    /** Writes a request once connected: the module's own header and the data, or the host's bytes as they are. */
    private interface RequestWriter {
        void write(OutputStream out, URI uri, byte[] data) throws IOException;
    }

    public HttpSession(ModuleCore module, Radio radio, Network network, Duration latency) {
        this.module = module;
        this.radio = radio;
        this.network = network;
        this.latency = latency;
        module.onReset(this::reset);
    }

    private void reset() {
        settings = new HttpSettings();
        url = null;
        response = null;
        busy = false;
        generation++;
    }

    HttpSettings settings() {
        return settings;
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
        String contentType = settings.contentTypeName();
        boolean raw = settings.requestHeader;
        return withData("+QHTTPPOST", length, inputTime, responseTime, (out, uri, body) -> {
            if (raw) {
                HttpWire.writeRaw(out, body);
            } else {
                HttpWire.writePost(out, uri, contentType, body);
            }
        });
    }

    /** AT+QHTTPGET[=<rsptime>] ("requestheader" 0): OK now, {@code +QHTTPGET: <err>[,<status>[,<length>]]} later. */
    Outcome get(Duration responseTime) {
        if (settings.requestHeader) {
            return Outcome.cme(CmeError.HTTP_INVALID_PARAMETER);
        }
        Outcome refused = refusal();
        if (refused != null) {
            return refused;
        }
        URI uri = URI.create(url);
        int gen = start();
        module.background("qhttpget", () -> {
            Socket socket;
            try {
                socket = connect(uri, responseTime);
            } catch (UnknownHostException e) {
                report(gen, null, "+QHTTPGET: " + CmeError.HTTP_DNS_ERROR);
                return;
            } catch (IOException e) {
                report(gen, null, "+QHTTPGET: " + CmeError.HTTP_SOCKET_CONNECT_ERROR);
                return;
            }
            exchange(gen, socket, uri, new byte[0], "+QHTTPGET", (out, u, none) -> HttpWire.writeGet(out, u));
        });
        return Outcome.OK;
    }

    /** AT+QHTTPGET=<rsptime>,<data_length>[,<input_time>] ("requestheader" 1): CONNECT, the header, OK, URC. */
    Outcome getWithHeader(int length, Duration inputTime, Duration responseTime) {
        if (!settings.requestHeader) {
            return Outcome.cme(CmeError.HTTP_INVALID_PARAMETER);
        }
        return withData("+QHTTPGET", length, inputTime, responseTime, (out, uri, header) -> HttpWire.writeRaw(out, header));
    }

    /** Why no request can start now (busy, no or a bad URL, no network), or null. */
    private Outcome refusal() {
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
        String scheme = scheme(uri);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Outcome.cme(CmeError.HTTP_URL_ERROR);
        }
        if (!radio.dataReady(settings.contextId)) {
            return Outcome.cme(CmeError.HTTP_NETWORK_DEACTIVATED);
        }
        return null;
    }

    private int start() {
        busy = true;
        response = null;
        return generation;
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private Socket connect(URI uri, Duration responseTime) throws IOException {
        boolean tls = scheme(uri).equals("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        Target target = network.http(uri.getHost(), port, tls);
        return HttpSockets.open(target, tls, responseTime);
    }

    /** Connects, then CONNECT and exactly {@code length} bytes within {@code inputTime}, OK, the request, the URC. */
    private Outcome withData(String urc, int length, Duration inputTime, Duration responseTime, RequestWriter writer) {
        Outcome refused = refusal();
        if (refused != null) {
            return refused;
        }
        URI uri = URI.create(url);
        int gen = start();
        module.background(urc.substring(1).toLowerCase(Locale.ROOT), () -> {
            Socket socket;
            try {
                socket = connect(uri, responseTime);
            } catch (UnknownHostException e) {
                finish(gen, Outcome.cme(CmeError.HTTP_DNS_ERROR));
                return;
            } catch (IOException e) {
                finish(gen, Outcome.cme(CmeError.HTTP_SOCKET_CONNECT_ERROR));
                return;
            }
            module.schedule(latency, () -> connected(gen, socket, uri, length, inputTime, urc, writer));
        });
        return Outcome.PENDING;
    }

    private void connected(int gen, Socket socket, URI uri, int length, Duration inputTime, String urc,
            RequestWriter writer) {
        if (gen != generation) {
            closeQuietly(socket);
            return;
        }
        module.out().info("CONNECT");
        module.expectData(DataRequest.exactly(length, inputTime, new DataRequest.Sink() {
            @Override
            public Outcome received(byte[] data) {
                module.background(urc.substring(1).toLowerCase(Locale.ROOT) + "-send",
                        () -> exchange(gen, socket, uri, data, urc, writer));
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

    private void exchange(int gen, Socket socket, URI uri, byte[] data, String urc, RequestWriter writer) {
        String line;
        HttpResponse r = null;
        try (socket) {
            writer.write(socket.getOutputStream(), uri, data);
            r = HttpWire.read(socket.getInputStream());
            line = urc + ": 0," + r.status() + (r.contentLength() >= 0 ? "," + r.contentLength() : "");
        } catch (java.net.SocketTimeoutException e) {
            line = urc + ": " + CmeError.HTTP_WAIT_RESPONSE_TIMEOUT;
        } catch (IOException | NumberFormatException e) {
            line = urc + ": " + CmeError.HTTP_SOCKET_READ_ERROR;
        }
        report(gen, r, line);
    }

    private void report(int gen, HttpResponse r, String line) {
        module.schedule(latency, () -> {
            if (gen == generation) {
                busy = false;
                this.response = r;
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
