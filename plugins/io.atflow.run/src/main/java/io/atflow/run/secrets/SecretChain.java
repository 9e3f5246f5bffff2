package io.atflow.run.secrets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.atflow.lang.secrets.SecretResolver;

/**
 * Asks resolvers in order: those given to the runner, then the target's (the simulator's registry), then the
 * headless ones (environment, {@code .atflow-secrets}). The hint for a missing secret comes from {@code hints}, the
 * resolver a user can act on.
 */
public final class SecretChain implements SecretResolver {
    private final List<SecretResolver> resolvers;
    private final SecretResolver hints;

    public SecretChain(List<SecretResolver> resolvers, SecretResolver hints) {
        this.resolvers = List.copyOf(resolvers);
        this.hints = hints;
    }

    @Override
    public Optional<String> resolve(String name, Path scriptDir) {
        for (SecretResolver r : resolvers) {
            Optional<String> v = r.resolve(name, scriptDir);
            if (v.isPresent() && !v.get().isEmpty()) {
                return v;
            }
        }
        return Optional.empty();
    }

    @Override
    public String hint(String name) {
        return hints.hint(name);
    }
}
