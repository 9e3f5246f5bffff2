package io.atflow.engine.session;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

import io.atflow.engine.channel.ChannelConfig;

/**
 * How to run a session.
 *
 * @param transcript where to write the transcript, or null for none
 * @param secrets    values masked as {@code ****} in the transcript and in every listener event
 * @param channel    line classification rules and limits
 */
public record SessionConfig(Path transcript, Set<String> secrets, ChannelConfig channel) {
    public SessionConfig {
        secrets = Set.copyOf(secrets);
    }

    public static SessionConfig defaults() {
        return new SessionConfig(null, Set.of(), ChannelConfig.defaults());
    }

    public SessionConfig withTranscript(Path file) {
        return new SessionConfig(file, secrets, channel);
    }

    public SessionConfig withSecrets(Collection<String> values) {
        return new SessionConfig(transcript, Set.copyOf(values), channel);
    }

    public SessionConfig withChannel(ChannelConfig config) {
        return new SessionConfig(transcript, secrets, config);
    }
}
