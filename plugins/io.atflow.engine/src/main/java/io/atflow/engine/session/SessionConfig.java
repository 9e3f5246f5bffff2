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
 * @param credentialKeys JSON keys whose values are secrets wherever they are sent or received (see
 *                   {@link io.atflow.engine.transcript.CredentialFields})
 * @param channel    line classification rules and limits
 */
public record SessionConfig(Path transcript, Set<String> secrets, Set<String> credentialKeys, ChannelConfig channel) {
    public SessionConfig {
        secrets = Set.copyOf(secrets);
        credentialKeys = Set.copyOf(credentialKeys);
    }

    public static SessionConfig defaults() {
        return new SessionConfig(null, Set.of(), Set.of(), ChannelConfig.defaults());
    }

    public SessionConfig withTranscript(Path file) {
        return new SessionConfig(file, secrets, credentialKeys, channel);
    }

    public SessionConfig withSecrets(Collection<String> values) {
        return new SessionConfig(transcript, Set.copyOf(values), credentialKeys, channel);
    }

    public SessionConfig withCredentialKeys(Collection<String> keys) {
        return new SessionConfig(transcript, secrets, Set.copyOf(keys), channel);
    }

    public SessionConfig withChannel(ChannelConfig config) {
        return new SessionConfig(transcript, secrets, credentialKeys, config);
    }
}
