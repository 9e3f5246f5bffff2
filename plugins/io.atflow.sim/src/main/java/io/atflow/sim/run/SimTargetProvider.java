package io.atflow.sim.run;

import java.util.List;
import java.util.Map;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.run.RunTarget;
import io.atflow.run.TargetOption;
import io.atflow.run.TargetProvider;

/**
 * Contributes {@code --port sim} to runs: registered in {@code META-INF/services} for the command line and as an OSGi
 * service ({@code OSGI-INF/sim-target.xml}) in Eclipse, so the simulator, Netty and the broker load only when a run
 * asks for them. Its options ({@link SimOptions}) are {@code --profile}, {@code --state} and {@code --fault}.
 */
public final class SimTargetProvider implements TargetProvider {
    /** The {@code --port} value of the simulator. */
    public static final String PORT = "sim";

    @Override
    public boolean accepts(String port) {
        return port.equalsIgnoreCase(PORT);
    }

    @Override
    public List<String> forms() {
        return List.of(PORT);
    }

    @Override
    public RunTarget target(String port, SerialSettings serialDefaults) {
        return SimTarget.standard();
    }

    /** Profile, States and Faults ({@link SimOptions}). */
    @Override
    public List<TargetOption> options(String port) {
        return SimOptions.describe();
    }

    @Override
    public RunTarget target(String port, SerialSettings serialDefaults, Map<String, List<String>> options) {
        return new SimTarget(SimOptions.applyTo(SimTarget.standard().config(), options));
    }
}
