package io.atflow.sim.run;

import java.util.List;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.run.RunTarget;
import io.atflow.run.TargetProvider;

/**
 * Contributes {@code --port sim} to runs: registered in {@code META-INF/services} for the command line and as an OSGi
 * service ({@code OSGI-INF/sim-target.xml}) in Eclipse, so the simulator, Netty and the broker load only when a run
 * asks for them.
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
}
