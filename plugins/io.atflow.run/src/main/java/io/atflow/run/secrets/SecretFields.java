package io.atflow.run.secrets;

import java.util.Set;
import java.util.function.Consumer;

import io.atflow.engine.transcript.CredentialFields;

/**
 * Credentials a platform sends at run time, recognised by their JSON key ({@code "deviceSecret":"..."} in a
 * registration reply, {@code deviceToken}, {@code productSecret}, {@code password}): the session masks them as they
 * are received (transcript included, see {@link CredentialFields}); {@link #mask} does the same for other text.
 */
public final class SecretFields {
    /** JSON keys whose values are credentials. */
    public static final Set<String> KEYS = Set.of("deviceSecret", "deviceToken", "productSecret", "password");
    private static final CredentialFields FIELDS = CredentialFields.of(KEYS);

    private SecretFields() {
    }

    public static boolean isSecretKey(String key) {
        return FIELDS.isKey(key);
    }

    /** {@code line} with the values of credential keys replaced by {@code ****}; each value goes to {@code found}. */
    public static String mask(String line, Consumer<String> found) {
        return FIELDS.mask(line, found);
    }
}
