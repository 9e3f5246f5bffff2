package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.config.LaunchAttributes;
import io.atflow.launch.core.LaunchConfigs;
import io.atflow.launch.ui.MainTab;
import io.atflow.launch.ui.OptionsTab;
import io.atflow.launch.ui.ScriptTabGroup;

/** The tabs validate what the user typed and say what to change. */
class TabsTest {
    private Shell shell;

    @BeforeEach
    void open() throws CoreException {
        Launches.cleanUp();
        shell = new Shell(SWT.SHELL_TRIM);
        shell.setLayout(new FillLayout());
    }

    @AfterEach
    void close() throws CoreException {
        shell.dispose();
        Launches.cleanUp();
    }

    private <T extends ILaunchConfigurationTab> T tab(T tab, ILaunchConfigurationWorkingCopy config) {
        tab.setLaunchConfigurationDialog(new TabDialog());
        tab.createControl(shell);
        tab.initializeFrom(config);
        tab.performApply(config);
        return tab;
    }

    @Test
    void mainTabNamesAMissingSerialPortAndTheAvailableOnes() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.example("1-network-bring-up.atflow"));
        wc.setAttribute(LaunchAttributes.TARGET, "/dev/ttyUSB9");
        MainTab main = tab(new MainTab(), wc);
        assertFalse(main.isValid(wc));
        assertTrue(main.getErrorMessage().startsWith("Serial port /dev/ttyUSB9 is not present (available: "),
                main.getErrorMessage());
    }

    @Test
    void mainTabAcceptsTheSimulatorAndRefusesAMissingScript() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.example("1-network-bring-up.atflow"));
        MainTab main = tab(new MainTab(), wc);
        assertTrue(main.isValid(wc), main::getErrorMessage);
        assertNull(main.getErrorMessage());
        assertEquals("sim", wc.getAttribute(LaunchAttributes.TARGET, ""));

        wc.setAttribute(LaunchAttributes.SCRIPT, "/launch-tests/examples/nothing-here.atflow");
        main.initializeFrom(wc);
        main.performApply(wc);
        assertFalse(main.isValid(wc));
        assertEquals("Script /launch-tests/examples/nothing-here.atflow does not exist.", main.getErrorMessage());

        wc.setAttribute(LaunchAttributes.SCRIPT, "/launch-tests/examples/README.md");
        main.initializeFrom(wc);
        main.performApply(wc);
        assertEquals("Script /launch-tests/examples/README.md is not an .atflow file.",
                main.isValid(wc) ? null : main.getErrorMessage());
    }

    @Test
    void mainTabKeepsTcpTargetsAndSerialSettings() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.example("1-network-bring-up.atflow"));
        wc.setAttribute(LaunchAttributes.TARGET, "tcp://127.0.0.1:5000");
        wc.setAttribute(LaunchAttributes.BAUD, 921600);
        wc.setAttribute(LaunchAttributes.FLOW_CONTROL, "rtscts");
        MainTab main = tab(new MainTab(), wc);
        assertTrue(main.isValid(wc), main::getErrorMessage);
        assertEquals("tcp://127.0.0.1:5000", wc.getAttribute(LaunchAttributes.TARGET, ""));
        assertEquals(921600, wc.getAttribute(LaunchAttributes.BAUD, 0));
        assertEquals("rtscts", wc.getAttribute(LaunchAttributes.FLOW_CONTROL, ""));
    }

    @Test
    void mainTabKeepsRfc2217TargetsWithTheirSerialSettings() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.example("1-network-bring-up.atflow"));
        wc.setAttribute(LaunchAttributes.TARGET, "rfc2217://127.0.0.1:2217");
        wc.setAttribute(LaunchAttributes.BAUD, 9600);
        MainTab main = tab(new MainTab(), wc);
        assertTrue(main.isValid(wc), main::getErrorMessage);
        assertEquals("rfc2217://127.0.0.1:2217", wc.getAttribute(LaunchAttributes.TARGET, ""));
        assertEquals(9600, wc.getAttribute(LaunchAttributes.BAUD, 0));
    }

    @Test
    void optionsTabRefusesBadTimeoutsAndSecretLookingVariables() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.example("1-network-bring-up.atflow"));
        wc.setAttribute(LaunchAttributes.SCRIPT_TIMEOUT, "ten minutes");
        OptionsTab options = tab(new OptionsTab(), wc);
        assertFalse(options.isValid(wc));
        assertEquals("Script timeout \"ten minutes\" is not a duration such as 500ms, 90s, 5m or 1h.", options.getErrorMessage());

        wc.setAttribute(LaunchAttributes.SCRIPT_TIMEOUT, "10m");
        wc.setAttribute(LaunchAttributes.VARIABLES, Map.of("deviceSecret", "abc"));
        options.initializeFrom(wc);
        options.performApply(wc);
        assertFalse(options.isValid(wc));
        assertTrue(options.getErrorMessage().startsWith("Variable deviceSecret looks like a secret"), options.getErrorMessage());
    }

    @Test
    void tabGroupHasMainOptionsAndCommon() {
        ScriptTabGroup group = new ScriptTabGroup();
        group.createTabs(new TabDialog(), "run");
        assertEquals("Main", group.getTabs()[0].getName());
        assertEquals("Options", group.getTabs()[1].getName());
        assertEquals("org.eclipse.debug.ui.CommonTab", group.getTabs()[2].getClass().getName());
    }
}
