package io.atflow.run;

import java.util.List;

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
}
