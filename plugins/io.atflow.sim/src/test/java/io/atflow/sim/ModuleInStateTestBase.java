package io.atflow.sim;

import org.junit.jupiter.api.AfterEach;

/**
 * A simulated module started by the test itself, as a given profile in given device states, with echo switched off;
 * closed after each test.
 */
public abstract class ModuleInStateTestBase {
    protected SimulatedModule module;
    protected ModuleLine line;

    /** Starts the module as {@code profile} in {@code state} (names as {@link DeviceState#parse} reads them). */
    protected void start(ModuleProfile profile, String... state) {
        module = SimulatedModule.start(SimConfig.defaults().withProfile(profile).withState(DeviceState.parse(state)));
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    @AfterEach
    void closeModule() {
        if (line != null) {
            line.close();
        }
        if (module != null) {
            module.close();
        }
    }
}
