package io.atflow.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh simulated module per test with echo switched off; subclasses choose the configuration. */
public abstract class ModuleTestBase {
    protected SimulatedModule module;
    protected ModuleLine line;

    /** The module's configuration; the defaults unless a subclass needs a network or other settings. */
    protected SimConfig config() {
        return SimConfig.defaults();
    }

    @BeforeEach
    void startModule() {
        module = SimulatedModule.start(config());
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    @AfterEach
    void closeModule() {
        line.close();
        module.close();
    }
}
