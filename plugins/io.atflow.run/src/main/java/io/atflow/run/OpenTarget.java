package io.atflow.run;

import java.util.Optional;
import java.util.function.Consumer;

import io.atflow.engine.transport.Transport;
import io.atflow.lang.secrets.SecretResolver;

/**
 * A target prepared for one run ({@link RunTarget#open()}): the engine transport (not opened yet: the run's session
 * opens it), the secrets the target knows (the simulator's registry; none for real modules) and what the target started
 * for the run (the simulator), closed when the run ends.
 */
public final class OpenTarget implements AutoCloseable {
    private final Transport transport;
    private final TargetSecrets secrets;
    private final AutoCloseable started;

    /**
     * @param secrets the target's secrets (null: none)
     * @param started what {@link RunTarget#open()} started, e.g. a simulator; closed by {@link #close()} (null: none)
     */
    public OpenTarget(Transport transport, TargetSecrets secrets, AutoCloseable started) {
        this.transport = transport;
        this.secrets = secrets;
        this.started = started;
    }

    /** A real module behind {@code transport}. */
    public static OpenTarget of(Transport transport) {
        return new OpenTarget(transport, null, null);
    }

    public Transport transport() {
        return transport;
    }

    /** Resolves {@code secret(...)} from what the target knows (the simulator's registry); empty for real modules. */
    public Optional<SecretResolver> secrets() {
        return Optional.ofNullable(secrets);
    }

    /**
     * Passes every secret value the target knows to {@code sink} now and every one it issues later (dynamic
     * registration), before the module can print it.
     */
    public void watchSecrets(Consumer<String> sink) {
        if (secrets != null) {
            secrets.watch(sink);
        }
    }

    /** What the target started, as {@code type}: e.g. the simulator, for tests and tools that inject faults. */
    public <T> Optional<T> adapter(Class<T> type) {
        return type.isInstance(started) ? Optional.of(type.cast(started)) : Optional.empty();
    }

    /** Stops what the target started (a real module's transport is closed by the session). Idempotent. */
    @Override
    public void close() {
        if (secrets != null) {
            secrets.close();
        }
        if (started != null) {
            try {
                started.close();
            } catch (Exception e) {
                // the run has ended and reported its result; a failing stop changes nothing for it
            }
        }
    }
}
