package io.atflow.platform.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Products and devices of the emulated platform, optionally backed by a small human-readable file, one entry per
 * line, {@code #} starting a comment:
 * <pre>
 * product &lt;ProductKey&gt; secret=&lt;ProductSecret&gt; [dynamic-registration=yes|no] [registration-free=yes|no]
 * device  &lt;ProductKey&gt;/&lt;DeviceName&gt; [secret=&lt;DeviceSecret&gt;] [activated=yes|no] [enabled=yes|no]
 *         [client-id=&lt;issued client id&gt; token=&lt;issued DeviceToken&gt;]
 * </pre>
 * Flags default to {@code no}, except {@code enabled}. Errors are one sentence starting with {@code file:line:}.
 * Every change is written through at once, atomically (temp file + rename), keeping comments and the lines of
 * unchanged entries as written, so secrets and tokens issued at registration survive restarts. Thread-safe.
 */
public final class Registry {
    private final Path file;
    private final RegistryDocument doc;

    private Registry(Path file, RegistryDocument doc) {
        this.file = file;
        this.doc = doc;
    }

    /** Loads {@code file}; a missing file is created with the {@linkplain #defaults() default registry}. */
    public static Registry load(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            Registry created = new Registry(absolute, parseDocument(absolute.toString(), DefaultRegistry.TEXT));
            created.save();
            return created;
        }
        try {
            String text = Files.readString(absolute, StandardCharsets.UTF_8);
            return new Registry(absolute, parseDocument(absolute.toString(), text));
        } catch (IOException e) {
            throw new RegistryException("cannot read the registry file " + absolute + ": " + reason(e), e);
        }
    }

    /** An in-memory registry (changes are not persisted); {@code name} prefixes error messages. */
    public static Registry parse(String name, String text) {
        return new Registry(null, parseDocument(name, text));
    }

    /** An in-memory copy of the default registry, which mirrors the application note's products and devices. */
    public static Registry defaults() {
        return parse("default registry", DefaultRegistry.TEXT);
    }

    /** The backing file, or empty for an in-memory registry. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public synchronized Optional<Product> product(String productKey) {
        return Optional.ofNullable(doc.products.get(productKey));
    }

    public synchronized Optional<Device> device(String productKey, String deviceName) {
        return Optional.ofNullable(doc.devices.get(Device.key(productKey, deviceName)));
    }

    public synchronized List<Product> products() {
        return List.copyOf(new ArrayList<>(doc.products.values()));
    }

    public synchronized List<Device> devices() {
        return List.copyOf(new ArrayList<>(doc.devices.values()));
    }

    /**
     * Atomically replaces a device of an existing product with {@code change(current)}, where current is
     * {@code null} for a device the registry does not know yet, and writes the file. {@code change} may throw to
     * refuse; if writing fails the registry keeps its previous state and a {@link RegistryException} is thrown.
     */
    public synchronized Device update(String productKey, String deviceName, UnaryOperator<Device> change) {
        if (!doc.products.containsKey(productKey)) {
            throw new IllegalArgumentException("product " + productKey + " is not in the registry");
        }
        String key = Device.key(productKey, deviceName);
        Device previous = doc.devices.get(key);
        Device next = change.apply(previous);
        if (!next.key().equals(key)) {
            throw new IllegalArgumentException("an update of " + key + " must not rename the device");
        }
        if (next.equals(previous)) {
            return next;
        }
        doc.put(next);
        try {
            save();
        } catch (RegistryException e) {
            doc.restore(key, previous);
            throw e;
        }
        return next;
    }

    /**
     * Resolves a secret reference: {@code ProductKey/DeviceName} → DeviceSecret, {@code ProductKey/DeviceName/token}
     * → the latest DeviceToken, {@code ProductKey} → ProductSecret. Empty when unknown or not issued yet.
     */
    public synchronized Optional<String> secret(String reference) {
        String[] parts = reference.split("/", -1);
        return switch (parts.length) {
            case 1 -> product(parts[0]).map(Product::productSecret);
            case 2 -> device(parts[0], parts[1]).map(Device::deviceSecret);
            case 3 -> parts[2].equals("token") ? device(parts[0], parts[1]).map(Device::deviceToken)
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The registry in its file format. */
    public synchronized String text() {
        return doc.render();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, doc.render(), StandardCharsets.UTF_8);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new RegistryException("cannot write the registry file " + file + ": " + reason(e), e);
        }
    }

    private static RegistryDocument parseDocument(String name, String text) {
        return RegistryParser.parse(name, text.lines().toList());
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " "
                + e.getMessage();
    }
}
