package io.atflow.platform.tls;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * What a client needs to trust the platform's TLS listeners: the emulator's CA certificate, as an object, a PEM file,
 * a trust store, a trust manager or a ready {@link SSLContext}. Server certificates name {@code localhost},
 * {@code 127.0.0.1}, the bind address and the Aliyun host names in {@link io.atflow.platform.PlatformConfig}.
 */
public final class PlatformTrust {
    private final X509Certificate authority;
    private final Supplier<Path> pemFile;

    PlatformTrust(X509Certificate authority, Supplier<Path> pemFile) {
        this.authority = authority;
        this.pemFile = pemFile;
    }

    /** The self-signed CA that issued the server certificates. */
    public X509Certificate certificate() {
        return authority;
    }

    /**
     * A file with the CA certificate in PEM, e.g. for {@code curl --cacert} (a platform without a TLS directory writes
     * it to a temporary directory now, once, and removes it when it stops).
     */
    public Path pemFile() {
        return pemFile.get();
    }

    /** The CA certificate in PEM, e.g. for a module's {@code AT+QFUPL} of its {@code cacert}. */
    public String pem() {
        return TlsMaterial.pem(authority);
    }

    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("atflow-platform-ca", authority);
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build a trust store for the platform CA", e);
        }
    }

    public X509TrustManager trustManager() {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init(trustStore());
            return (X509TrustManager) f.getTrustManagers()[0];
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a trust manager for the platform CA", e);
        }
    }

    /** A client TLS context that trusts exactly the platform's CA. */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] { trustManager() }, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS context for the platform CA", e);
        }
    }
}
