package io.atflow.bench.reliability;

import io.atflow.lang.secrets.HeadlessSecretResolver;
import io.atflow.platform.registry.Registry;

/**
 * Prints {@code ATFLOW_SECRET_<NAME>=<value>} for each secret reference given, from the platform emulator's default
 * registry (the one {@code atflow sim} serves), so the matrix's runs against {@code atflow sim --pty} resolve
 * {@code secret("pk/dn")} from the environment with no secret in any committed file. For {@code env}/{@code export}
 * only; never shown.
 */
public final class SecretEnv {
    private SecretEnv() {
    }

    public static void main(String[] args) {
        Registry registry = Registry.defaults();
        for (String name : args) {
            String value = registry.secret(name).orElseThrow(() -> new IllegalArgumentException(
                    "the emulator's default registry has no secret " + name));
            System.out.println(HeadlessSecretResolver.variableName(name) + "=" + value);
        }
    }
}
