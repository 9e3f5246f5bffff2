package io.atflow.sim.platform;

import java.io.InputStream;
import java.io.OutputStream;

import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.platform.IotPlatform;
import io.atflow.run.ThingModelTarget;
import io.atflow.sim.ModuleConnection;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/**
 * Everything {@code --port sim} needs in one object: an in-process platform emulator, a simulated module whose
 * network reaches it, and the module's serial line as a stream pair. Closing it stops all three.
 *
 * <pre>
 * try (EmbeddedSim sim = EmbeddedSim.start(SimConfig.defaults())) {
 *     transport = new StreamTransport(sim.fromModule(), sim.toModule(), "sim");
 *     ...
 * }
 * </pre>
 */
public final class EmbeddedSim implements AutoCloseable, ThingModelTarget {
    private final PlatformNetwork network;
    private final SimulatedModule module;
    private final ModuleConnection line;

    private EmbeddedSim(PlatformNetwork network, SimulatedModule module, ModuleConnection line) {
        this.network = network;
        this.module = module;
        this.line = line;
    }

    /** The emulator checks the posts of the model's product against it. */
    @Override
    public void thingModel(ThingModel model) {
        network.platform().thingModels().put(model);
    }

    /** {@code config}'s network is replaced by the embedded emulator's. */
    public static EmbeddedSim start(SimConfig config) {
        PlatformNetwork network = PlatformNetwork.embedded();
        try {
            SimulatedModule module = SimulatedModule.start(config.withNetwork(network.network()));
            return new EmbeddedSim(network, module, module.open());
        } catch (RuntimeException e) {
            network.close();
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

    public IotPlatform platform() {
        return network.platform();
    }

    @Override
    public void close() {
        line.close();
        module.close();
        network.close();
    }
}
