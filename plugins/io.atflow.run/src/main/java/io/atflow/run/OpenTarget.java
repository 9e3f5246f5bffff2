package io.atflow.run;

import java.util.Optional;
import java.util.function.Consumer;

import io.atflow.engine.transport.StreamTransport;
import io.atflow.engine.transport.Transport;
import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.secrets.PlatformSecrets;
import io.atflow.sim.platform.EmbeddedSim;

/**
 * A target prepared for one run ({@link RunTarget#open()}): the engine transport (not opened yet: the run's session
 * opens it), for the simulator a secret resolver backed by the emulator's registry and the secret values it knows or
 * issues, so they are masked. {@link #close()} stops the simulator and the platform emulator; the runner calls it
 * when the run ends.
 */
public final class OpenTarget implements AutoCloseable {
    private final Transport transport;
    private final EmbeddedSim simulator;
    private final PlatformSecrets secrets;

    private OpenTarget(Transport transport, EmbeddedSim simulator, PlatformSecrets secrets) {
        this.transport = transport;
        this.simulator = simulator;
        this.secrets = secrets;
    }

    /** A real module behind {@code transport}. */
    public static OpenTarget of(Transport transport) {
        return new OpenTarget(transport, null, null);
    }

    /** The simulated module and platform emulator of {@code sim}, on its in-process line. */
    public static OpenTarget simulated(EmbeddedSim sim) {
        return new OpenTarget(new StreamTransport(sim.fromModule(), sim.toModule(), RunTarget.sim().describe()), sim,
                new PlatformSecrets(sim.platform()));
    }

    public Transport transport() {
        return transport;
    }

    /**
     * Resolves {@code secret("pk/dn")} (DeviceSecret), {@code secret("pk")} (ProductSecret) and
     * {@code secret("pk/dn/token")} from the emulator's registry; empty for real modules.
     */
    public Optional<SecretResolver> secrets() {
        return Optional.ofNullable(secrets);
    }

    /**
     * Passes every secret value the target knows to {@code sink} now (the emulator's registry) and every one it
     * issues later (dynamic registration), before the module can print it.
     */
    public void watchSecrets(Consumer<String> sink) {
        if (secrets != null) {
            secrets.watch(sink);
        }
    }

    /** The simulator, for tests and tools that inject faults; empty for real modules. */
    public Optional<EmbeddedSim> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** Stops the simulator and platform (a real module's transport is closed by the session). Idempotent. */
    @Override
    public void close() {
        if (secrets != null) {
            secrets.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }
}
