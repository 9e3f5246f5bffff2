package io.atflow.sim.ssl;

/**
 * What AT+QSSLCFG configures for one SSL context; the defaults are a Quectel module's after power-up (SSL
 * Application Note of EC2x/BG95: sslversion 4 "all", every cipher suite, seclevel 0 "no authentication",
 * ignorelocaltime 1 "ignore the validity period", negotiatetime 300 s, sni 0).
 */
public final class SslSettings {
    public static final String ALL_SUITES = "0XFFFF";
    int sslVersion = 4;
    String cipherSuite = ALL_SUITES;
    int secLevel;
    String caCert = "";
    String clientCert = "";
    String clientKey = "";
    boolean ignoreLocalTime = true;
    int negotiateSeconds = 300;
    boolean sni;
    /** Whether AT+QSSLCFG wrote any setting of this context since power-up. */
    boolean configured;

    public int secLevel() {
        return secLevel;
    }

    public String caCert() {
        return caCert;
    }

    public boolean ignoreLocalTime() {
        return ignoreLocalTime;
    }

    public boolean sni() {
        return sni;
    }

    public int sslVersion() {
        return sslVersion;
    }

    public String cipherSuite() {
        return cipherSuite;
    }

    public String clientCert() {
        return clientCert;
    }

    public String clientKey() {
        return clientKey;
    }

    public int negotiateSeconds() {
        return negotiateSeconds;
    }
}
