package io.atflow.lang.secrets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Headless secrets: the environment variable {@code ATFLOW_SECRET_<NAME>} (name upper-cased, every character other
 * than a letter or digit replaced by {@code _}), then a git-ignored {@value #FILE} properties file next to the script,
 * then one in the working directory.
 */
public class HeadlessSecretResolver implements SecretResolver {
    public static final String FILE = ".atflow-secrets";
    public static final String ENV_PREFIX = "ATFLOW_SECRET_";

    private final Function<String, String> env;
    private final Path workingDir;

    public HeadlessSecretResolver() {
        this(System::getenv, Path.of("").toAbsolutePath());
    }

    public HeadlessSecretResolver(Function<String, String> env, Path workingDir) {
        this.env = env;
        this.workingDir = workingDir;
    }

    /** {@code i2uqc2dloOl/device001} → {@code ATFLOW_SECRET_I2UQC2DLOOL_DEVICE001}. */
    public static String variableName(String name) {
        return ENV_PREFIX + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public Optional<String> resolve(String name, Path scriptDir) {
        String value = env.apply(variableName(name));
        if (value != null && !value.isEmpty()) {
            return Optional.of(value);
        }
        if (scriptDir != null) {
            Optional<String> v = fromFile(scriptDir.resolve(FILE), name);
            if (v.isPresent()) {
                return v;
            }
        }
        return workingDir == null ? Optional.empty() : fromFile(workingDir.resolve(FILE), name);
    }

    @Override
    public String hint(String name) {
        return "set " + variableName(name) + " or add " + name + "=... to " + FILE;
    }

    private static Optional<String> fromFile(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.getProperty(name)).filter(v -> !v.isEmpty());
    }
}
