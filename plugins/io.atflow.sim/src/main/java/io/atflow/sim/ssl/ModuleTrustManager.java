package io.atflow.sim.ssl;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.net.ssl.X509TrustManager;

/**
 * Server authentication as an SSL context with seclevel 1 or 2 does it: the server's chain must lead to one of the
 * CA certificates of the context's {@code cacert} file (PKIX, no revocation check), and be valid at the module's
 * clock, unless {@code ignorelocaltime} is 1: then the validity period is not checked (the chain is checked at the
 * latest start of validity among its certificates). Host names are not compared with the certificate.
 */
final class ModuleTrustManager implements X509TrustManager {
    private final List<X509Certificate> authorities;
    private final Supplier<Instant> clock;
    private final boolean ignoreLocalTime;

    ModuleTrustManager(List<X509Certificate> authorities, Supplier<Instant> clock, boolean ignoreLocalTime) {
        this.authorities = List.copyOf(authorities);
        this.clock = clock;
        this.ignoreLocalTime = ignoreLocalTime;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        List<X509Certificate> path = new ArrayList<>(Arrays.asList(chain));
        path.removeIf(authorities::contains);
        if (path.isEmpty()) {
            throw new CertificateException("the server sent no certificate of its own");
        }
        try {
            Set<TrustAnchor> anchors = authorities.stream().map(c -> new TrustAnchor(c, null))
                    .collect(Collectors.toSet());
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(ignoreLocalTime ? latestStart(chain) : clock.get()));
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), params);
        } catch (GeneralSecurityException e) {
            throw new CertificateException("the server certificate does not verify: " + e.getMessage(), e);
        }
    }

    private static Instant latestStart(X509Certificate[] chain) {
        return Arrays.stream(chain).map(c -> c.getNotBefore().toInstant()).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a module does not accept TLS clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return authorities.toArray(X509Certificate[]::new);
    }
}
