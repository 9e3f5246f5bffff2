package io.atflow.ui.secrets;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.equinox.security.storage.StorageException;

import io.atflow.lang.secrets.HeadlessSecretResolver;
import io.atflow.lang.secrets.SecretResolver;

/**
 * The secrets of the workbench: Eclipse secure storage first ({@link SecureStorageSecrets}), then the headless
 * sources (environment variable {@code ATFLOW_SECRET_<NAME>}, {@code .atflow-secrets} files) so a script resolves in
 * the IDE whatever resolves on the command line. Validation in the editor and runs started from the workbench use
 * {@link #resolver()}; {@link #store} notifies listeners so open scripts are checked again.
 */
public final class WorkbenchSecrets implements SecretResolver {
    private static final SecureStorageSecrets STORAGE = SecureStorageSecrets.standard();
    private static final CopyOnWriteArrayList<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private final SecureStorageSecrets storage;
    private final SecretResolver headless;

    public WorkbenchSecrets(SecureStorageSecrets storage, SecretResolver headless) {
        this.storage = storage;
        this.headless = headless;
    }

    /** The resolver for {@code secret("...")} in the workbench (validation, launches). */
    public static SecretResolver resolver() {
        return new WorkbenchSecrets(STORAGE, new HeadlessSecretResolver());
    }

    /** The workbench's secure storage of secrets. */
    public static SecureStorageSecrets storage() {
        return STORAGE;
    }

    /** Stores a secret in secure storage and tells the listeners; may ask for the master password. */
    public static void store(String name, String value) throws StorageException {
        STORAGE.store(name, value);
        changed();
    }

    /** Removes a secret from secure storage and tells the listeners. */
    public static void remove(String name) throws StorageException {
        if (STORAGE.remove(name)) {
            changed();
        }
    }

    /** Called after secrets changed (on the caller's thread). */
    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    private static void changed() {
        LISTENERS.forEach(Runnable::run);
    }

    @Override
    public Optional<String> resolve(String name, Path scriptDir) {
        Optional<String> v = storage.resolve(name, scriptDir);
        return v.isPresent() ? v : headless.resolve(name, scriptDir);
    }

    @Override
    public String hint(String name) {
        return storage.hint(name) + " or " + headless.hint(name);
    }
}
