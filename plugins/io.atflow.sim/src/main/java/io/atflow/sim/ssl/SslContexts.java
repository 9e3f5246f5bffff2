package io.atflow.sim.ssl;

import io.atflow.sim.core.ModuleCore;

/** The module's six SSL contexts (0-5); a reboot brings back the defaults. */
public final class SslContexts {
    public static final int MAX_ID = 5;
    private final SslSettings[] contexts = new SslSettings[MAX_ID + 1];

    public SslContexts(ModuleCore module) {
        reset();
        module.onReset(this::reset);
    }

    /** A copy of context {@code id}'s settings, for one connection. */
    public synchronized SslSettings snapshot(int id) {
        SslSettings s = contexts[id];
        SslSettings copy = new SslSettings();
        copy.sslVersion = s.sslVersion;
        copy.cipherSuite = s.cipherSuite;
        copy.secLevel = s.secLevel;
        copy.caCert = s.caCert;
        copy.clientCert = s.clientCert;
        copy.clientKey = s.clientKey;
        copy.ignoreLocalTime = s.ignoreLocalTime;
        copy.negotiateSeconds = s.negotiateSeconds;
        copy.sni = s.sni;
        copy.configured = s.configured;
        return copy;
    }

    synchronized SslSettings context(int id) {
        return contexts[id];
    }

    private synchronized void reset() {
        for (int i = 0; i <= MAX_ID; i++) {
            contexts[i] = new SslSettings();
        }
    }
}
