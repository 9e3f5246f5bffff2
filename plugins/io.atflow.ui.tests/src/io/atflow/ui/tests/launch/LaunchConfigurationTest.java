package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchGroup;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.engine.transport.FlowControl;
import io.atflow.engine.transport.Parity;
import io.atflow.engine.transport.StopBits;
import io.atflow.launch.config.LaunchAttributes;
import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.config.SimSettings;
import io.atflow.launch.core.ConfigAttributes;
import io.atflow.launch.core.LaunchConfigs;
import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.ui.ScriptLaunchShortcut;
import io.atflow.run.Verdict;

import io.atflow.ui.tests.support.UiWait;

/** Launch configurations of type "ATFlow Script": created in code, by Run As, in the run history, free of secrets. */
class LaunchConfigurationTest {
    /** The application note's DeviceSecret of i2uqc2dloOl/device001, served by the simulator's registry. */
    private static final String DEVICE_SECRET = "c4fa40df9c8078073d75a26be2bc8f58";

    @BeforeEach
    @AfterEach
    void clean() throws CoreException {
        Launches.cleanUp();
        LaunchServices.urcs().clear();
    }

    @Test
    void configurationCreatedInCodeKeepsEverySetting() throws Exception {
        IFile script = Workspace.example("7-property-post.atflow");
        LaunchSettings settings = new LaunchSettings("/launch-tests/examples/7-property-post.atflow", "/dev/ttyUSB2", 921600, 7,
                Parity.EVEN, StopBits.TWO, FlowControl.RTS_CTS, "5m", "20s", Map.of("apn", "cmnet"), "run.log",
                new SimSettings("bg96", java.util.List.of("roaming"), "chunk=3"));
        var wc = LaunchConfigs.type().newInstance(null, "in code");
        ConfigAttributes.write(settings, wc);
        wc.setMappedResources(new IResource[] { script });
        ILaunchConfiguration saved = wc.doSave();
        assertEquals(settings, ConfigAttributes.read(saved));
        assertEquals(List.of(saved), LaunchConfigs.forScript(script));
        assertArrayEquals(new IResource[] { script }, saved.getMappedResources());
    }

    @Test
    void runAsFromTheProjectExplorerCreatesAConfigurationAndRunsIt() throws Exception {
        IFile script = Workspace.example("1-network-bring-up.atflow");
        assertEquals(List.of(), LaunchConfigs.forScript(script));
        // the workbench's Run tool bar loads the launch histories at start-up; this test bench has none
        DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
        Launches.awaitBuild();
        new ScriptLaunchShortcut().launch(new StructuredSelection(script), ILaunchManager.RUN_MODE);

        ILaunch launch = awaitLaunch(null);
        Launches.awaitEnd(launch);
        assertEquals(Verdict.PASSED, Launches.process(launch).result().verdict(), Launches.consoleText(launch));
        List<ILaunchConfiguration> configs = LaunchConfigs.forScript(script);
        assertEquals(1, configs.size());
        assertEquals("1-network-bring-up", configs.get(0).getName());
        assertEquals("sim", ConfigAttributes.read(configs.get(0)).target());
        assertEquals(configs.get(0), DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP),
                "the run is in the Run menu's history");

        Launches.awaitBuild();
        new ScriptLaunchShortcut().launch(new StructuredSelection(script), ILaunchManager.RUN_MODE);
        ILaunch second = awaitLaunch(launch);
        Launches.awaitEnd(second);
        assertEquals(1, LaunchConfigs.forScript(script).size(), "the shortcut reuses the configuration");
    }

    @Test
    void runAsFromTheEditorFindsTheScript() throws Exception {
        IFile script = Workspace.example("1-network-bring-up.atflow");
        var editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), script,
                "org.eclipse.ui.DefaultTextEditor");
        ScriptLaunchShortcut shortcut = new ScriptLaunchShortcut();
        assertEquals(script, shortcut.getLaunchableResource(editor));
        assertEquals(null, shortcut.getLaunchConfigurations(editor));
        ILaunchConfiguration config = LaunchConfigs.create(script);
        assertArrayEquals(new ILaunchConfiguration[] { config }, shortcut.getLaunchConfigurations(editor));
    }

    @Test
    void typeBelongsToTheRunGroupWithItsTabs() throws Exception {
        ILaunchConfiguration config = LaunchConfigs.create(Workspace.example("1-network-bring-up.atflow"));
        ILaunchGroup group = DebugUITools.getLaunchGroup(config, ILaunchManager.RUN_MODE);
        assertNotNull(group);
        assertEquals(IDebugUIConstants.ID_RUN_LAUNCH_GROUP, group.getIdentifier());
        assertTrue(LaunchConfigs.type().supportsMode(ILaunchManager.RUN_MODE));
        assertEquals("ATFlow Script", LaunchConfigs.type().getName());
    }

    @Test
    void savedConfigurationHoldsNoSecretEvenAfterARunThatUsedOne() throws Exception {
        IFile script = Workspace.example("2-one-device-one-secret-aliauth.atflow");
        ILaunchConfiguration config = Launches.config(script, "sim",
                Map.of(LaunchAttributes.VARIABLES, Map.of("apn", "cmnet", "host", "iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com")));
        ILaunch launch = Launches.run(config);
        Launches.awaitEnd(launch);
        assertEquals(Verdict.PASSED, Launches.process(launch).result().verdict(), Launches.consoleText(launch));
        assertTrue(Launches.consoleText(launch).contains("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"****\""),
                Launches.consoleText(launch));

        Path file = config.getLocation().toPath();
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(saved.contains("io.atflow.launch.variables"), saved);
        assertTrue(saved.contains("cmnet"), saved);
        assertFalse(saved.contains(DEVICE_SECRET), saved);
        assertFalse(Launches.consoleText(launch).contains(DEVICE_SECRET));
        for (String attribute : config.getAttributes().keySet()) {
            assertFalse(String.valueOf(config.getAttributes().get(attribute)).contains(DEVICE_SECRET), attribute);
        }
    }

    /**
     * The run Run As started (other than {@code previous}): a launch with a process. While a build runs, the debug UI
     * shows a placeholder launch "(waiting for build...)" first and replaces it.
     */
    private static ILaunch awaitLaunch(ILaunch previous) {
        java.util.function.Supplier<java.util.Optional<ILaunch>> run = () -> java.util.Arrays
                .stream(DebugPlugin.getDefault().getLaunchManager().getLaunches())
                .filter(l -> l != previous && l.hasChildren()).findFirst();
        UiWait.until(() -> run.get().isPresent(), () -> "a run; jobs: " + Launches.jobs());
        return run.get().orElseThrow();
    }
}
