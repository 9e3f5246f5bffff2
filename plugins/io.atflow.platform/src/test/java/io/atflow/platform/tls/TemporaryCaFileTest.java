package io.atflow.platform.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * TLS material kept in memory (the simulator's platform, a platform without a TLS directory) writes its CA certificate
 * to a file only when a client asks for the file, and removes it when it stops: a run that never asks leaves nothing
 * behind, even when it is killed.
 */
class TemporaryCaFileTest {
    @Test
    void theCaFileIsWrittenWhenAskedForAndRemovedOnClose() throws Exception {
        TlsMaterial material = TlsMaterial.open(List.of("localhost", "127.0.0.1"), null);
        PlatformTrust trust = material.trust();
        String pem = trust.pem();
        trust.sslContext();
        material.serverContext();
        assertFalse(material.wroteTemporaryFile(), "nothing is written before a client asks for the file");
        // the PEM text is the CA certificate, as the JDK reads it
        assertEquals(trust.certificate(), CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));

        Path file = trust.pemFile();
        assertTrue(material.wroteTemporaryFile());
        assertEquals(pem, Files.readString(file, StandardCharsets.US_ASCII));
        assertEquals(file, trust.pemFile(), "written once");

        material.close();
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(file.getParent()));
        assertThrows(IllegalStateException.class, trust::pemFile);
    }
}
