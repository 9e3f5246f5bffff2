package io.atflow.launch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.launch.core.InstalledTargets;
import io.atflow.run.RunTarget;
import io.atflow.run.TargetOption;
import io.atflow.sim.DeviceState;
import io.atflow.sim.DeviceState.Coverage;
import io.atflow.sim.DeviceState.SimStatus;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.fault.FaultKind;
import io.atflow.sim.run.SimTarget;

/** Launch attributes become the simulated module `atflow run --profile --state --fault` would set up. */
class LaunchTargetsTest {
    @TempDir
    Path dir;

    private static LaunchSettings stored(String target, String profile, List<String> states, String faults) {
        MapAttributes a = new MapAttributes();
        a.set(LaunchAttributes.SCRIPT, "/p/x.atflow");
        a.set(LaunchAttributes.TARGET, target);
        a.set(LaunchAttributes.PROFILE, profile);
        a.set(LaunchAttributes.STATES, states);
        a.set(LaunchAttributes.FAULTS, faults);
        return LaunchSettings.read(a);
    }

    @Test
    void attributesBecomeTheSimulatorsProfileStatesAndFaults() {
        RunTarget t = LaunchTargets.of(stored("sim", "bg95", List.of("sim-pin", "roaming"),
                "drop-link@5s, slow=20ms  chunk=3"));
        SimTarget sim = assertInstanceOf(SimTarget.class, t);
        assertEquals(ModuleProfile.BG95, sim.config().profile());
        assertEquals(SimStatus.PIN_REQUIRED, sim.config().state().sim());
        assertEquals(Coverage.ROAMING, sim.config().state().coverage());
        assertEquals(List.of(FaultKind.DROP_LINK, FaultKind.SLOW, FaultKind.CHUNK),
                sim.config().faults().stream().map(f -> f.kind()).toList());
        assertEquals(Duration.ofSeconds(5), sim.config().faults().get(0).at());
        assertEquals(SimTarget.RUN_TIMING, sim.config().timing(), "the run's simulator timing, as atflow run");
    }

    @Test
    void anEmptyConfigurationIsTheClisDefaultModule() {
        SimTarget sim = assertInstanceOf(SimTarget.class, LaunchTargets.of(LaunchSettings.read(
                new MapAttributes())));
        // atflow run without --profile simulates the application note's module, an EC25 in the ready state
        assertEquals(ModuleProfile.EC25, sim.config().profile());
        assertEquals(DeviceState.READY, sim.config().state());
        assertEquals(List.of(), sim.config().faults());
        assertEquals("", SimSettings.DEFAULT.profile(), "the simulator's default, which the provider names");
    }

    @Test
    void otherTargetsIgnoreTheSimulatorSettings() {
        assertInstanceOf(RunTarget.Tcp.class, LaunchTargets.of(stored("tcp://127.0.0.1:5000", "bg95", List.of(),
                "slow")));
        assertEquals(Optional.empty(), LaunchTargets.simProblem(stored("tcp://127.0.0.1:5000", "bg95", List.of(),
                "slow")), "no problem with settings the target does not take");
    }

    @Test
    void aBadFaultNamesTheSettingInOneSentence() throws IOException {
        LaunchSettings s = stored("sim", "bg95", List.of(), "drop-link@5s slow");
        String expected = "Faults: fault \"slow\" needs a pause, e.g. slow=20ms.";
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> LaunchTargets.of(s)).getMessage());
        Path script = Files.writeString(dir.resolve("x.atflow"), "step \"s\" { send AT }\n");
        assertEquals(Optional.of(expected), new LaunchCheck(List::of, p -> false).mainProblem(s, script));
        assertEquals(Optional.of("States: state \"no-sim\" sets the SIM a second time; give one."),
                LaunchTargets.simProblem(stored("sim", "ec25", List.of("sim-pin", "no-sim"), "")));
        assertEquals(Optional.of("Profile: unknown module profile \"bg66\"; use one of " + ModuleProfile.names() + "."),
                LaunchTargets.simProblem(stored("sim", "bg66", List.of(), "")));
    }

    @Test
    void theSimulatorsProviderListsItsSettingsThroughTheRunApi() {
        List<TargetOption> options = InstalledTargets.options("sim");
        assertEquals(List.of(SimSettings.PROFILE, SimSettings.STATES, SimSettings.FAULTS),
                options.stream().map(TargetOption::key).toList(), "the option keys SimSettings stores");
        assertEquals(List.of("Profile", "States", "Faults"), options.stream().map(TargetOption::label).toList());
        TargetOption profile = options.get(0);
        assertEquals(List.of("ec25"), profile.initial(), "atflow run without --profile simulates an EC25");
        assertTrue(profile.choices().stream().anyMatch(c -> c.value().equals("bg95") && c.label().equals("BG95")));
        for (TargetOption.Choice c : options.get(1).choices()) {
            DeviceState state = DeviceState.parse(c.value());
            assertTrue(!state.equals(DeviceState.READY), c.value() + " differs from a ready module");
        }
        assertEquals(List.of(), InstalledTargets.options("tcp://127.0.0.1:5000"), "a transport takes no options");
    }
}
