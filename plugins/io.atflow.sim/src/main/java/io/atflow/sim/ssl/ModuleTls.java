package io.atflow.sim.ssl;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLException;

import io.atflow.sim.clock.ModuleClock;
import io.atflow.sim.file.FileStore;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

/**
 * The TLS client side of one connection, made from an SSL context's settings, the module's files and its clock:
 * seclevel 0 accepts any server (no authentication, the default); 1 and 2 verify the server against the CA file
 * named by {@code cacert} ({@link ModuleTrustManager}). {@code sslversion} 3 and 4 ("all") offer TLS 1.2 (the
 * newest version these modules speak); 0-2 (SSL 3.0, TLS 1.0, 1.1) are disabled in the Java runtime, so such a
 * context fails its handshake, although Aliyun still accepts TLS 1.0 and 1.1 (a known difference);
 * {@code ciphersuite} offers one suite or all; {@code sni} 1 sends the host name.
 * Seclevel 2 also needs the {@code clientcert} and {@code clientkey} files; the emulator asks for no client
 * certificate (Aliyun's securemode=2 authenticates with the signature), so they are only checked to exist.
 */
public final class ModuleTls {
    private final SslContexts contexts;
    private final FileStore files;
    private final ModuleClock clock;

    public ModuleTls(SslContexts contexts, FileStore files, ModuleClock clock) {
        this.contexts = contexts;
        this.files = files;
        this.clock = clock;
    }

    /** A handler for a connection to {@code host:port} with SSL context {@code contextId} as it is now. */
    public SslHandler handler(int contextId, String host, int port) throws SetupException {
        return handler(contexts.snapshot(contextId), ByteBufAllocator.DEFAULT, host, port);
    }

    /** Why a context cannot start a handshake (a missing or unreadable certificate file). */
    public static final class SetupException extends Exception {
        private static final long serialVersionUID = 1L;

        SetupException(String message) {
            super(message);
        }
    }

    /** A handler for a connection to {@code host:port} with {@code settings}. */
    public SslHandler handler(SslSettings settings, ByteBufAllocator alloc, String host, int port)
            throws SetupException {
        if (settings.sslVersion() < 3) {
            throw new SetupException("SSL 3.0, TLS 1.0 and 1.1 are disabled in this Java runtime's TLS engine");
        }
        SslContextBuilder b = SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
                .protocols("TLSv1.2");
        if (settings.secLevel() == 0) {
            b.trustManager(InsecureTrustManagerFactory.INSTANCE);
        } else {
            b.trustManager(new ModuleTrustManager(authorities(settings.caCert()), clock::now,
                    settings.ignoreLocalTime()));
        }
        if (settings.secLevel() == 2) {
            require(settings.clientCert(), "clientcert");
            require(settings.clientKey(), "clientkey");
        }
        List<String> suites = CipherSuites.offered(settings.cipherSuite());
        if (suites != null) {
            b.ciphers(suites);
        }
        SslContext context;
        try {
            context = b.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new SetupException("the SSL context cannot be used: " + e.getMessage());
        }
        SslHandler handler = settings.sni() ? context.newHandler(alloc, host, port) : context.newHandler(alloc);
        handler.setHandshakeTimeoutMillis(settings.negotiateSeconds() * 1000L);
        return handler;
    }


    private List<X509Certificate> authorities(String name) throws SetupException {
        if (name.isEmpty()) {
            throw new SetupException("seclevel 1 or 2 needs a CA certificate (AT+QSSLCFG=\"cacert\")");
        }
        byte[] pem = files.read(name).orElseThrow(() -> new SetupException("the CA file " + name
                + " is not in the module's file system"));
        try {
            List<X509Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem)).stream()
                    .map(X509Certificate.class::cast).toList();
            if (certs.isEmpty()) {
                throw new SetupException("the CA file " + name + " holds no certificate");
            }
            return certs;
        } catch (CertificateException e) {
            throw new SetupException("the CA file " + name + " is not a PEM certificate: " + e.getMessage());
        }
    }

    private void require(String name, String setting) throws SetupException {
        Optional<byte[]> file = name.isEmpty() ? Optional.empty() : files.read(name);
        if (file.isEmpty()) {
            throw new SetupException("seclevel 2 needs the " + setting + " file, which is not in the file system");
        }
    }
}
