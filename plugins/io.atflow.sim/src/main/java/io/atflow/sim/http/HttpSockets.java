package io.atflow.sim.http;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import io.atflow.sim.net.Target;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

/**
 * Opens the module's HTTP(S) connection. Like a Quectel SSL context at its defaults (seclevel 0, no SNI), TLS
 * neither verifies the server certificate nor names the server.
 */
final class HttpSockets {
    private HttpSockets() {
    }

    static Socket open(Target target, boolean tls, Duration timeout) throws IOException {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        Socket plain = new Socket();
        try {
            plain.connect(target.address(), millis);
            plain.setSoTimeout(millis);
            if (!tls) {
                return plain;
            }
            SSLSocket ssl = (SSLSocket) context().getSocketFactory().createSocket(plain,
                    target.address().getHostString(), target.address().getPort(), true);
            SSLParameters params = ssl.getSSLParameters();
            params.setServerNames(List.of());
            ssl.setSSLParameters(params);
            ssl.startHandshake();
            return ssl;
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }

    private static SSLContext context() throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, InsecureTrustManagerFactory.INSTANCE.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS is not available: " + e.getMessage(), e);
        }
    }
}
