package io.atflow.run.interp;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.atflow.aliyun.IssuedCredentials;
import io.atflow.engine.channel.ChannelConfig;
import io.atflow.engine.session.SessionConfig;
import io.atflow.lang.catalog.AtCatalog;

/**
 * The engine's session settings for a run: the transcript, the secrets known before it starts, and line
 * classification completed from the catalog (its unsolicited codes, e.g. {@code +QMTRECV:}, {@code +QMTSTAT:},
 * {@code +QIURC:}, are URCs even in the middle of a command's answer unless that command produces them).
 */
public final class EngineSettings {
    private EngineSettings() {
    }

    public static SessionConfig of(AtCatalog catalog, Collection<String> secrets, Path transcript) {
        ChannelConfig defaults = ChannelConfig.defaults();
        Set<String> unsolicited = new LinkedHashSet<>(defaults.unsolicited());
        catalog.unsolicitedPrefixes().forEach(p -> unsolicited.add(p + ":"));
        return SessionConfig.defaults().withChannel(defaults.withUnsolicited(unsolicited)).withSecrets(secrets)
                .withCredentialKeys(IssuedCredentials.JSON_KEYS).withTranscript(transcript);
    }
}
