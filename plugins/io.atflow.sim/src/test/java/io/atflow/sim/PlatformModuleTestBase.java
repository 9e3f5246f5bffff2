package io.atflow.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import io.atflow.sim.platform.PlatformNetwork;

/**
 * {@link ModuleTestBase} with the embedded platform emulator as the module's network, shared by a test class. One
 * instance per class holds it (not a static field, which every subclass would share while classes run side by side).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlatformModuleTestBase extends ModuleTestBase {
    protected PlatformNetwork network;

    @BeforeAll
    void startPlatform() {
        network = PlatformNetwork.embedded();
    }

    @AfterAll
    void stopPlatform() {
        network.close();
    }

    @Override
    protected SimConfig config() {
        return SimConfig.defaults().withNetwork(network.network());
    }
}
