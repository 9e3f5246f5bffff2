package io.atflow.launch.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.atflow.engine.transport.PortInfo;
import io.atflow.engine.transport.SerialPorts;
import io.atflow.engine.transport.TransportException;
import io.atflow.engine.transport.TransportSpec;
import io.atflow.lang.model.Durations;

/**
 * Validates launch settings before a run: used by the Main and Options tabs (as the dialog's error message) and again
 * by the launch delegate, which refuses to start with the same sentence. Every problem is one sentence naming the
 * setting to change.
 */
public final class LaunchCheck {
    /** The file extension of ATFlow scripts. */
    public static final String EXTENSION = "atflow";
    private static final Pattern NAME = Pattern.compile("[a-z_][A-Za-z0-9_]*");
    /** Variable names that suggest a secret was typed into the configuration, which may be committed. */
    public static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(secret|password|passwd|pwd|token).*");

    private final Supplier<List<PortInfo>> ports;
    private final Predicate<String> deviceExists;

    /**
     * Checks serial ports against {@link SerialPorts#list()} and, for ports jSerialComm does not enumerate (a pty of
     * {@code atflow sim --pty}), the device file.
     */
    public LaunchCheck() {
        this(SerialPorts::list, LaunchCheck::deviceFileExists);
    }

    /**
     * @param ports        the serial ports of this machine
     * @param deviceExists whether a port that is not enumerated still exists (e.g. a pty link)
     */
    public LaunchCheck(Supplier<List<PortInfo>> ports, Predicate<String> deviceExists) {
        this.ports = ports;
        this.deviceExists = deviceExists;
    }

    /**
     * @param scriptFile where the script is on disk, or null when its workspace path does not resolve
     * @return the first problem, or empty when the settings can run
     */
    public Optional<String> problem(LaunchSettings s, Path scriptFile) {
        return mainProblem(s, scriptFile).or(() -> options(s));
    }

    /** Problems of the Main tab: script, target, serial settings and, for the simulated module, its set-up. */
    public Optional<String> mainProblem(LaunchSettings s, Path scriptFile) {
        return script(s.script(), scriptFile).or(() -> target(s.target())).or(() -> serial(s))
                .or(() -> LaunchTargets.simProblem(s));
    }

    /** Problems of the Options tab: timeouts and variables. */
    public Optional<String> options(LaunchSettings s) {
        return timeout("Script timeout", s.scriptTimeout()).or(() -> timeout("Command timeout", s.commandTimeout()))
                .or(() -> variables(s.variables()));
    }

    static Optional<String> script(String script, Path file) {
        if (script.isEmpty()) {
            return Optional.of("No script is selected; choose an ." + EXTENSION + " file on the Main tab.");
        }
        if (!script.toLowerCase(Locale.ROOT).endsWith("." + EXTENSION)) {
            return Optional.of("Script " + script + " is not an ." + EXTENSION + " file.");
        }
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.of("Script " + script + " does not exist.");
        }
        return Optional.empty();
    }

    Optional<String> target(String target) {
        TransportSpec spec;
        try {
            spec = TransportSpec.parse(target);
        } catch (TransportException e) {
            return Optional.of(sentence("Target: " + e.getMessage()));
        }
        if (spec instanceof TransportSpec.Serial serial) {
            List<PortInfo> present = ports.get();
            if (present.stream().noneMatch(p -> p.systemName().equals(serial.port()))
                    && !deviceExists.test(serial.port())) {
                return Optional.of("Serial port " + serial.port() + " is not present (available: "
                        + SerialPorts.summary(present) + ").");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> serial(LaunchSettings s) {
        if (s.baud() <= 0) {
            return Optional.of("Baud rate " + s.baud() + " is not a positive number such as 115200.");
        }
        if (s.dataBits() < 5 || s.dataBits() > 8) {
            return Optional.of("Data bits must be 5 to 8, not " + s.dataBits() + ".");
        }
        return Optional.empty();
    }

    private static Optional<String> timeout(String what, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!Durations.parse(text).isZero()) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            // reported below
        }
        return Optional.of(what + " \"" + text + "\" is not a duration such as 500ms, 90s, 5m or 1h.");
    }

    private static Optional<String> variables(Map<String, String> vars) {
        for (String name : vars.keySet()) {
            if (!NAME.matcher(name).matches()) {
                return Optional.of("Variable name \"" + name
                        + "\" is not a script name (a lower-case letter or _, then letters, digits or _).");
            }
            if (SECRET_LIKE.matcher(name).matches()) {
                return Optional.of("Variable " + name + " looks like a secret; launch configurations may be committed, "
                        + "so read it in the script with secret(\"...\") instead.");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code port} is an absolute path to an existing file (a pty link, a device jSerialComm misses). */
    public static boolean deviceFileExists(String port) {
        try {
            Path p = Path.of(port);
            return p.isAbsolute() && Files.exists(p);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }
}
