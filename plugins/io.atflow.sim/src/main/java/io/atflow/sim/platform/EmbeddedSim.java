package io.atflow.sim.platform;

import java.io.InputStream;
import java.io.OutputStream;

import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.platform.PlatformConfig;
import io.atflow.run.ThingModelTarget;
import io.atflow.sim.ModuleConnection;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/**
 * Everything {@code --port sim} needs in one object: an in-process platform emulator, a simulated module whose
 * network reaches it, and the module's serial line as a stream pair. The emulator starts when the module first needs
 * it ({@link OnDemandPlatform}), so a script that never leaves the module does not wait for its listeners. Closing
 * stops the module, its line and the emulator if it started.
 *
 * <pre>
 * try (EmbeddedSim sim = EmbeddedSim.start(SimConfig.defaults())) {
 *     transport = new StreamTransport(sim.fromModule(), sim.toModule(), "sim");
 *     ...
 * }
 * </pre>
 */
public final class EmbeddedSim implements AutoCloseable, ThingModelTarget {
    private final OnDemandPlatform platform;
    private final SimulatedModule module;
    private final ModuleConnection line;

    private EmbeddedSim(OnDemandPlatform platform, SimulatedModule module, ModuleConnection line) {
        this.platform = platform;
        this.module = module;
        this.line = line;
    }

    /** The emulator checks the posts of the model's product against it. */
    @Override
    public void thingModel(ThingModel model) {
        platform.whenStarted(p -> p.thingModels().put(model));
    }

    /** {@code config}'s network is replaced by the embedded emulator's. */
    public static EmbeddedSim start(SimConfig config) {
        OnDemandPlatform platform = new OnDemandPlatform(PlatformConfig.defaults());
        try {
            SimulatedModule module = SimulatedModule.start(config.withNetwork(new OnDemandNetwork(platform)));
            return new EmbeddedSim(platform, module, module.open());
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public InputStream fromModule() {
        return line.fromModule();
    }

    public OutputStream toModule() {
        return line.toModule();
    }

    public SimulatedModule module() {
        return module;
    }

    /** The emulator, not started until the module (or a caller of {@link OnDemandPlatform#platform}) needs it. */
    public OnDemandPlatform platform() {
        return platform;
    }

    @Override
    public void close() {
        line.close();
        module.close();
        platform.close();
    }
}
