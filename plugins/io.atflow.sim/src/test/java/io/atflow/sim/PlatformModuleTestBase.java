package io.atflow.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.atflow.sim.platform.PlatformNetwork;

/** {@link ModuleTestBase} with the embedded platform emulator as the module's network, shared by a test class. */
public abstract class PlatformModuleTestBase extends ModuleTestBase {
    protected static PlatformNetwork network;

    @BeforeAll
    static void startPlatform() {
        network = PlatformNetwork.embedded();
    }

    @AfterAll
    static void stopPlatform() {
        network.close();
    }

    @Override
    protected SimConfig config() {
        return SimConfig.defaults().withNetwork(network.network());
    }
}
