package io.atflow.sim.run;

import java.time.Duration;
import java.util.Objects;

import io.atflow.engine.transport.StreamTransport;
import io.atflow.engine.transport.TransportException;
import io.atflow.platform.PlatformException;
import io.atflow.run.OpenTarget;
import io.atflow.run.RunTarget;
import io.atflow.sim.SimConfig;
import io.atflow.sim.Timing;
import io.atflow.sim.platform.EmbeddedSim;

/**
 * The simulated module and the platform emulator as a run's target ({@code --port sim}), started for each run and
 * stopped after it; {@code secret(...)} resolves from the emulator's registry, whose values are masked.
 */
public record SimTarget(SimConfig config) implements RunTarget {
    /**
     * The simulator's timing for runs: realistic in shape (delayed results come after their {@code OK}, a module
     * boots and registers) but quick, so an example runs in about a second. Tests use {@link Timing#FAST}.
     */
    public static final Timing RUN_TIMING = new Timing(Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofMillis(300));

    public SimTarget {
        Objects.requireNonNull(config, "config");
    }

    /** The simulated EC2x with the embedded platform emulator, at {@link #RUN_TIMING}. */
    public static SimTarget standard() {
        return new SimTarget(SimConfig.defaults().withTiming(RUN_TIMING));
    }

    @Override
    public String describe() {
        return SimTargetProvider.PORT;
    }

    /** Starts the platform emulator and the module; {@link OpenTarget#adapter} gives the {@link EmbeddedSim}. */
    @Override
    public OpenTarget open() throws TransportException {
        EmbeddedSim sim;
        try {
            sim = EmbeddedSim.start(config);
        } catch (PlatformException e) {
            throw new TransportException("the simulator's platform emulator did not start: " + e.getMessage(), e);
        }
        return new OpenTarget(new StreamTransport(sim.fromModule(), sim.toModule(), describe()),
                new PlatformSecrets(sim.platform()), sim);
    }
}
