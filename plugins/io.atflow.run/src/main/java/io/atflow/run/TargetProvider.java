package io.atflow.run;

import java.util.List;
import java.util.Map;

import io.atflow.engine.transport.SerialSettings;

/**
 * Contributes the targets of some {@code --port} values, e.g. the simulator's {@code sim}. The engine's transports
 * ({@code tcp://}, {@code socket://}, {@code rfc2217://}, serial ports) are built in ({@link Targets#transports()});
 * other providers are found with {@link java.util.ServiceLoader} outside OSGi ({@code META-INF/services}) and as OSGi
 * services inside, so a provider's bundle is loaded only when a run asks for one of its ports.
 */
public interface TargetProvider {
    /** Whether {@code port} (a {@code --port} value, trimmed, never blank) is one of this provider's. */
    boolean accepts(String port);

    /** The forms of the values it accepts, for messages, e.g. {@code sim} or {@code tcp://host:port}. */
    List<String> forms();

    /**
     * The target {@code port} names; not opened yet.
     *
     * @param serialDefaults speed, frame and flow control for serial ports (null: 115200 8N1, no flow control)
     * @throws IllegalArgumentException one sentence showing a correct form
     */
    RunTarget target(String port, SerialSettings serialDefaults);

    /** The settings {@code port}'s targets take besides the port (none by default), for a front end to list. */
    default List<TargetOption> options(String port) {
        return List.of();
    }

    /**
     * The target {@code port} names, set up with {@code options} (values by {@link TargetOption#key}; keys this
     * provider does not know are ignored). Without options it is {@link #target(String, SerialSettings)}.
     *
     * @throws TargetOption.Invalid     one sentence naming the option whose value is wrong
     * @throws IllegalArgumentException one sentence showing a correct form of {@code port}
     */
    default RunTarget target(String port, SerialSettings serialDefaults, Map<String, List<String>> options) {
        return target(port, serialDefaults);
    }
}
