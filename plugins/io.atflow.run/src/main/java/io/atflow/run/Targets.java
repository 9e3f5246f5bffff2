package io.atflow.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.TransportSpec;

/**
 * The targets a run can use: the engine's transports, then the contributed {@link TargetProvider}s. {@link #parse}
 * asks them in that order which one reads a {@code --port} value, and loads a contributed provider only when the
 * transports do not take the value: a run on {@code tcp://} never loads the simulator.
 */
public final class Targets {
    /** The port of a run that names none. */
    public static final String DEFAULT_PORT = TransportSpec.SIM;

    private final TransportTargets transports = new TransportTargets();
    private final Iterable<TargetProvider> contributed;

    /** {@code contributed} (e.g. OSGi services, or a lazy {@link ServiceLoader}) after the engine's transports. */
    public Targets(Iterable<TargetProvider> contributed) {
        this.contributed = contributed;
    }

    /** The engine's transports only. */
    public static Targets transports() {
        return new Targets(List.of());
    }

    /** The providers registered in {@code META-INF/services} of {@code loader}'s class path, loaded when asked. */
    public static Targets installed(ClassLoader loader) {
        return new Targets(ServiceLoader.load(TargetProvider.class, loader));
    }

    /**
     * The target of a {@code --port} value ({@value #DEFAULT_PORT} when null or blank).
     *
     * @param serialDefaults speed, frame and flow control for serial and RFC 2217 ports (null: 115200 8N1, no flow
     *                       control)
     * @throws IllegalArgumentException one sentence showing a correct form
     */
    public RunTarget parse(String port, SerialSettings serialDefaults) {
        return parse(port, serialDefaults, Map.of());
    }

    /**
     * The target of a {@code --port} value set up with a provider's {@link TargetOption}s, values by key; the
     * engine's transports take none, and options a target does not take are ignored.
     *
     * @throws TargetOption.Invalid     one sentence naming the option whose value is wrong
     * @throws IllegalArgumentException one sentence showing a correct form of the port
     */
    public RunTarget parse(String port, SerialSettings serialDefaults, Map<String, List<String>> options) {
        String p = port(port);
        if (transports.accepts(p)) {
            return transports.target(p, serialDefaults);
        }
        return provider(p).orElseThrow(() -> new IllegalArgumentException("no installed target accepts --port " + p
                + "; use " + forms())).target(p, serialDefaults, options);
    }

    /** The settings the target of {@code port} takes besides the port (none for the transports or an unknown port). */
    public List<TargetOption> options(String port) {
        String p = port(port);
        return transports.accepts(p) ? List.of() : provider(p).map(t -> t.options(p)).orElse(List.of());
    }

    private static String port(String port) {
        return port == null || port.isBlank() ? DEFAULT_PORT : port.strip();
    }

    private Optional<TargetProvider> provider(String port) {
        for (TargetProvider provider : contributed) {
            if (provider.accepts(port)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /** The accepted forms, for messages: {@code sim, tcp://host:port, ... or a serial port such as /dev/ttyUSB2}. */
    public String forms() {
        List<String> forms = new ArrayList<>();
        contributed.forEach(p -> forms.addAll(p.forms()));
        forms.addAll(transports.forms());
        int last = forms.size() - 1;
        return String.join(", ", forms.subList(0, last)) + " or " + forms.get(last);
    }
}
