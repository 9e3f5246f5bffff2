package io.atflow.platform.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.atflow.platform.PlatformException;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/**
 * The CA and server key material of the TLS listeners. With a directory it lives in {@value #KEYSTORE_FILE}
 * (PKCS12, password {@value #KEYSTORE_PASSWORD}: a local test CA, not a secret) and {@value #PEM_FILE} next to the
 * registry, so clients keep trusting the same CA across restarts; the server certificate is re-issued when the
 * requested names change or it nears expiry. Without a directory everything is generated in memory; the PEM is
 * written to a temporary directory only when a client asks for the file, and {@link #close()} removes it.
 */
public final class TlsMaterial implements AutoCloseable {
    public static final String KEYSTORE_FILE = "platform-tls.p12";
    public static final String PEM_FILE = "platform-ca.pem";
    static final String KEYSTORE_PASSWORD = "atflow-emulator";

    private final PrivateKey serverKey;
    private final X509Certificate server;
    private final X509Certificate authority;
    private final PlatformTrust trust;
    /** The PEM file next to the registry; null for material in memory, whose PEM is written when first asked for. */
    private final Path pem;
    private Path temporaryDirectory;
    private boolean closed;

    private TlsMaterial(PrivateKey serverKey, X509Certificate server, X509Certificate authority, Path pem) {
        this.serverKey = serverKey;
        this.server = server;
        this.authority = authority;
        this.pem = pem;
        this.trust = new PlatformTrust(authority, this::pemFile);
    }

    /** The persistent PEM file, or a temporary one written now (once) for material in memory. */
    private synchronized Path pemFile() {
        if (pem != null) {
            return pem;
        }
        if (closed) {
            throw new IllegalStateException("the platform is stopped: its temporary CA file is gone");
        }
        try {
            if (temporaryDirectory == null) {
                Path dir = Files.createTempDirectory("atflow-platform-tls");
                Files.writeString(dir.resolve(PEM_FILE), pem(authority), StandardCharsets.US_ASCII);
                temporaryDirectory = dir;
            }
            return temporaryDirectory.resolve(PEM_FILE);
        } catch (IOException e) {
            throw new PlatformException("cannot write the platform's CA certificate to a temporary file: "
                    + e.getMessage(), e);
        }
    }

    /** Loads or creates the material for {@code names}; {@code directory} null keeps it in memory. */
    public static TlsMaterial open(List<String> names, Path directory) {
        try {
            return directory == null ? temporary(names) : persistent(names, directory);
        } catch (GeneralSecurityException | IOException e) {
            throw new PlatformException("cannot prepare the TLS certificates" + (directory == null ? ""
                    : " in " + directory + " (delete " + KEYSTORE_FILE + " there to create new ones)") + ": "
                    + e.getMessage(), e);
        }
    }

    /** Whether the temporary PEM file was written (for tests). */
    synchronized boolean wroteTemporaryFile() {
        return temporaryDirectory != null;
    }

    public PlatformTrust trust() {
        return trust;
    }

    /** A Netty server context presenting the server certificate and its CA. */
    public SslContext serverContext() {
        try {
            return SslContextBuilder.forServer(serverKey, server, authority).sslProvider(SslProvider.JDK)
                    .protocols("TLSv1.3", "TLSv1.2").build();
        } catch (javax.net.ssl.SSLException e) {
            throw new PlatformException("cannot set up TLS for the listeners: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (temporaryDirectory != null) {
            try {
                Files.deleteIfExists(temporaryDirectory.resolve(PEM_FILE));
                Files.deleteIfExists(temporaryDirectory);
            } catch (IOException e) {
                // a leftover file in the temporary directory is harmless
            }
        }
    }

    private static TlsMaterial temporary(List<String> names) throws GeneralSecurityException, IOException {
        KeyPair caKeys = Certificates.keyPair();
        X509Certificate ca = Certificates.authority(caKeys);
        KeyPair serverKeys = Certificates.keyPair();
        X509Certificate server = Certificates.server(serverKeys.getPublic(), names, ca, caKeys.getPrivate());
        return new TlsMaterial(serverKeys.getPrivate(), server, ca, null);
    }

    private static TlsMaterial persistent(List<String> names, Path directory)
            throws GeneralSecurityException, IOException {
        Files.createDirectories(directory);
        Path p12 = directory.resolve(KEYSTORE_FILE);
        char[] password = KEYSTORE_PASSWORD.toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (Files.exists(p12)) {
            try (InputStream in = Files.newInputStream(p12)) {
                store.load(in, password);
            }
        } else {
            store.load(null, null);
        }
        if (!store.isKeyEntry("ca")) {
            KeyPair caKeys = Certificates.keyPair();
            store.setKeyEntry("ca", caKeys.getPrivate(), password,
                    new Certificate[] { Certificates.authority(caKeys) });
            store.deleteEntry("server");
        }
        X509Certificate ca = (X509Certificate) store.getCertificate("ca");
        if (!store.isKeyEntry("server") || !covers((X509Certificate) store.getCertificate("server"), names)) {
            KeyPair serverKeys = Certificates.keyPair();
            X509Certificate server = Certificates.server(serverKeys.getPublic(), names, ca,
                    (PrivateKey) store.getKey("ca", password));
            store.setKeyEntry("server", serverKeys.getPrivate(), password, new Certificate[] { server, ca });
            Path tmp = Files.createTempFile(directory, KEYSTORE_FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                store.store(out, password);
            }
            Files.move(tmp, p12, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        Path pem = directory.resolve(PEM_FILE);
        Files.writeString(pem, pem(ca), StandardCharsets.US_ASCII);
        return new TlsMaterial((PrivateKey) store.getKey("server", password),
                (X509Certificate) store.getCertificate("server"), ca, pem);
    }

    /** Whether a stored server certificate names exactly {@code names} and stays valid for another day. */
    static boolean covers(X509Certificate server, List<String> names) throws GeneralSecurityException {
        if (server.getNotAfter().before(Date.from(Instant.now().plus(Duration.ofDays(1))))) {
            return false;
        }
        Collection<List<?>> sans = server.getSubjectAlternativeNames();
        Set<String> present = new LinkedHashSet<>();
        if (sans != null) {
            sans.forEach(san -> present.add(String.valueOf(san.get(1))));
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : names) {
            wanted.add(Certificates.isIpLiteral(name) ? normalizeIp(name) : name);
        }
        return present.equals(wanted);
    }

    private static String normalizeIp(String name) {
        try {
            return java.net.InetAddress.getByName(name).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return name;
        }
    }

    /** {@code certificate} in PEM. */
    static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("the platform's CA certificate cannot be encoded", e);
        }
    }
}
