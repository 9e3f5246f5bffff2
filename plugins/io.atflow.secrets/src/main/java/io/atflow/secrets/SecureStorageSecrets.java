package io.atflow.secrets;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import io.atflow.lang.secrets.SecretResolver;

/**
 * {@code secret("name")} values in Eclipse secure storage, encrypted, under {@value #NODE}/&lt;name&gt; (slashes of
 * the name encoded). Reading never prompts for the storage's master password (validation runs while the user types);
 * writing may. A secret the storage cannot decrypt without a prompt resolves to empty.
 */
public final class SecureStorageSecrets implements SecretResolver {
    /** The node of ATFlow's secrets in the storage. */
    public static final String NODE = "io.atflow/secrets";
    /** The key of a secret's value in its node. */
    public static final String VALUE = "value";

    private final Supplier<ISecurePreferences> reading;
    private final Supplier<ISecurePreferences> writing;

    public SecureStorageSecrets(Supplier<ISecurePreferences> reading, Supplier<ISecurePreferences> writing) {
        this.reading = reading;
        this.writing = writing;
    }

    /** The workbench's default storage (the {@code -eclipse.keyring} and {@code -eclipse.password} options apply). */
    public static SecureStorageSecrets standard() {
        return new SecureStorageSecrets(() -> open(null, false), SecurePreferencesFactory::getDefault);
    }

    /** A storage file of its own, e.g. for tests: {@code options} as for {@link SecurePreferencesFactory#open}. */
    public static SecureStorageSecrets at(URL location, Map<String, Object> options) {
        Supplier<ISecurePreferences> storage = () -> {
            try {
                return SecurePreferencesFactory.open(location, new HashMap<>(options));
            } catch (IOException e) {
                return null;
            }
        };
        return new SecureStorageSecrets(storage, storage);
    }

    private static ISecurePreferences open(URL location, boolean prompt) {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, prompt);
        try {
            return SecurePreferencesFactory.open(location, options);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public Optional<String> resolve(String name, Path scriptDir) {
        ISecurePreferences root = reading.get();
        if (root == null || name == null || name.isEmpty() || !root.nodeExists(path(name))) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(root.node(path(name)).get(VALUE, null)).filter(v -> !v.isEmpty());
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    @Override
    public String hint(String name) {
        return "store it in Eclipse secure storage with the quick fix \"Set secret " + name + "...\"";
    }

    /** Stores (encrypted) and saves a secret; may ask for the storage's master password. */
    public void store(String name, String value) throws StorageException {
        ISecurePreferences root = root();
        root.node(path(name)).put(VALUE, value, true);
        flush(root);
    }

    /** Removes a secret; true when it existed. */
    public boolean remove(String name) throws StorageException {
        ISecurePreferences root = root();
        if (!root.nodeExists(path(name))) {
            return false;
        }
        root.node(path(name)).removeNode();
        flush(root);
        return true;
    }

    /** The names of the stored secrets, sorted. */
    public List<String> names() {
        ISecurePreferences root = reading.get();
        if (root == null || !root.nodeExists(NODE)) {
            return List.of();
        }
        return Arrays.stream(root.node(NODE).childrenNames()).map(EncodingUtils::decodeSlashes).sorted().toList();
    }

    private ISecurePreferences root() throws StorageException {
        ISecurePreferences root = writing.get();
        if (root == null) {
            throw new StorageException(StorageException.INTERNAL_ERROR, "Eclipse secure storage is not available");
        }
        return root;
    }

    private static void flush(ISecurePreferences root) throws StorageException {
        try {
            root.flush();
        } catch (IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }

    static String path(String name) {
        return NODE + "/" + EncodingUtils.encodeSlashes(name);
    }
}
