package io.atflow.launch.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.atflow.engine.transport.FlowControl;
import io.atflow.engine.transport.Parity;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.StopBits;
import io.atflow.engine.transport.TransportSpec;

/**
 * The settings of one "ATFlow Script" launch configuration, read from and written to its attributes
 * ({@link LaunchAttributes}) through {@link Attributes}.
 *
 * @param script         workspace path of the script, or empty
 * @param target         {@code sim}, {@code tcp://host:port} or a serial port
 * @param baud           serial speed
 * @param dataBits       serial data bits
 * @param parity         serial parity
 * @param stopBits       serial stop bits
 * @param flowControl    serial flow control
 * @param scriptTimeout  script timeout override such as {@code 5m}, or empty
 * @param commandTimeout command timeout override such as {@code 20s}, or empty
 * @param variables      script variables by name (sorted)
 * @param transcript     transcript file (may contain string variables), or empty
 * @param sim            the simulated module's profile, states and faults (used when the target is {@code sim})
 */
public record LaunchSettings(String script, String target, int baud, int dataBits, Parity parity, StopBits stopBits,
        FlowControl flowControl, String scriptTimeout, String commandTimeout, Map<String, String> variables,
        String transcript, SimSettings sim) {

    /** Read/write access to launch configuration attributes (implemented over the debug framework's types). */
    public interface Attributes {
        String get(String name, String defaultValue);

        int get(String name, int defaultValue);

        Map<String, String> get(String name, Map<String, String> defaultValue);

        List<String> get(String name, List<String> defaultValue);

        void set(String name, String value);

        void set(String name, int value);

        void set(String name, Map<String, String> value);

        void set(String name, List<String> value);
    }

    public LaunchSettings {
        script = script == null ? "" : script.strip();
        target = target == null || target.isBlank() ? TransportSpec.SIM : target.strip();
        scriptTimeout = scriptTimeout == null ? "" : scriptTimeout.strip();
        commandTimeout = commandTimeout == null ? "" : commandTimeout.strip();
        variables = Map.copyOf(new TreeMap<>(variables == null ? Map.of() : variables));
        transcript = transcript == null ? "" : transcript.strip();
        sim = sim == null ? SimSettings.DEFAULT : sim;
    }

    /** A script run against the simulated module with the defaults. */
    public static LaunchSettings defaults(String script) {
        return new LaunchSettings(script, TransportSpec.SIM, SerialSettings.DEFAULT_BAUD, 8, Parity.NONE, StopBits.ONE,
                FlowControl.NONE, "", "", Map.of(), "", SimSettings.DEFAULT);
    }

    public static LaunchSettings read(Attributes a) {
        LaunchSettings d = defaults("");
        return new LaunchSettings(a.get(LaunchAttributes.SCRIPT, ""), a.get(LaunchAttributes.TARGET, d.target),
                a.get(LaunchAttributes.BAUD, d.baud), a.get(LaunchAttributes.DATA_BITS, d.dataBits),
                SerialOptions.parity(a.get(LaunchAttributes.PARITY, d.parity.name())),
                SerialOptions.stopBits(a.get(LaunchAttributes.STOP_BITS, d.stopBits.text())),
                SerialOptions.flowControl(a.get(LaunchAttributes.FLOW_CONTROL, d.flowControl.text())),
                a.get(LaunchAttributes.SCRIPT_TIMEOUT, ""), a.get(LaunchAttributes.COMMAND_TIMEOUT, ""),
                a.get(LaunchAttributes.VARIABLES, Map.of()), a.get(LaunchAttributes.TRANSCRIPT, ""),
                SimSettings.read(a));
    }

    public void write(Attributes a) {
        a.set(LaunchAttributes.SCRIPT, script);
        a.set(LaunchAttributes.TARGET, target);
        a.set(LaunchAttributes.BAUD, baud);
        a.set(LaunchAttributes.DATA_BITS, dataBits);
        a.set(LaunchAttributes.PARITY, parity.name());
        a.set(LaunchAttributes.STOP_BITS, stopBits.text());
        a.set(LaunchAttributes.FLOW_CONTROL, flowControl.text());
        a.set(LaunchAttributes.SCRIPT_TIMEOUT, scriptTimeout);
        a.set(LaunchAttributes.COMMAND_TIMEOUT, commandTimeout);
        a.set(LaunchAttributes.VARIABLES, new LinkedHashMap<>(variables));
        a.set(LaunchAttributes.TRANSCRIPT, transcript);
        sim.write(a);
    }

    /** The serial settings (the port is the target's name; meaningful only for a serial target). */
    public SerialSettings serial() {
        return new SerialSettings(target, baud > 0 ? baud : SerialSettings.DEFAULT_BAUD,
                dataBits >= 5 && dataBits <= 8 ? dataBits : 8, parity, stopBits, flowControl);
    }

    public LaunchSettings withSim(SimSettings newSim) {
        return new LaunchSettings(script, target, baud, dataBits, parity, stopBits, flowControl, scriptTimeout,
                commandTimeout, variables, transcript, newSim);
    }

    public LaunchSettings withTarget(String newTarget) {
        return new LaunchSettings(script, newTarget, baud, dataBits, parity, stopBits, flowControl, scriptTimeout,
                commandTimeout, variables, transcript, sim);
    }
}
