package io.atflow.run;

import java.util.function.Consumer;

import io.atflow.lang.secrets.SecretResolver;

/**
 * The secrets a target knows, e.g. the simulator's platform registry: it resolves {@code secret(...)} and tells a run
 * every value it knows or issues, so the run masks them before the module can print them.
 */
public interface TargetSecrets extends SecretResolver {
    /** Passes every secret value known now to {@code sink}, and every one issued later. */
    void watch(Consumer<String> sink);

    /** Stops telling watchers; called when the run ends. */
    void close();
}
