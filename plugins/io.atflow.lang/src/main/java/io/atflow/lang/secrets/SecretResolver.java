package io.atflow.lang.secrets;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves {@code secret("name")} references. The IDE binds one backed by Eclipse secure storage; headless tools use
 * {@link HeadlessSecretResolver}.
 */
public interface SecretResolver {

    /**
     * @param name      the name inside {@code secret("...")}
     * @param scriptDir the folder of the script that refers to it, or null when unknown
     * @return the value, or empty when this resolver does not know it
     */
    Optional<String> resolve(String name, Path scriptDir);

    /** Where a user can put the value of {@code name}, for a message ("set ATFLOW_SECRET_X or ..."). */
    String hint(String name);
}
