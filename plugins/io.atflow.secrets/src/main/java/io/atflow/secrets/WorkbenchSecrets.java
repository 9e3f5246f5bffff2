package io.atflow.secrets;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.equinox.security.storage.StorageException;

import io.atflow.lang.secrets.HeadlessSecretResolver;
import io.atflow.lang.secrets.SecretResolver;

/**
 * The secrets of the workbench: Eclipse secure storage first ({@link SecureStorageSecrets}), then the headless
 * sources (environment variable {@code ATFLOW_SECRET_<NAME>}, {@code .atflow-secrets} files) so a script resolves in
 * the IDE whatever resolves on the command line. One instance is this bundle's OSGi service
 * ({@code OSGI-INF/workbench-secrets.xml}): validation in the editor and runs started from the workbench resolve
 * through it; {@link #store} notifies its listeners so open scripts are checked again.
 */
public final class WorkbenchSecrets implements SecretResolver {
    private final SecureStorageSecrets storage;
    private final SecretResolver headless;
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The workbench's: its default secure storage, then the headless sources. */
    public WorkbenchSecrets() {
        this(SecureStorageSecrets.standard(), new HeadlessSecretResolver());
    }

    public WorkbenchSecrets(SecureStorageSecrets storage, SecretResolver headless) {
        this.storage = storage;
        this.headless = headless;
    }

    /** The secure storage of secrets. */
    public SecureStorageSecrets storage() {
        return storage;
    }

    /** Stores a secret in secure storage and tells the listeners; may ask for the master password. */
    public void store(String name, String value) throws StorageException {
        storage.store(name, value);
        changed();
    }

    /** Removes a secret from secure storage and tells the listeners. */
    public void remove(String name) throws StorageException {
        if (storage.remove(name)) {
            changed();
        }
    }

    /** Called after secrets changed (on the caller's thread). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
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
