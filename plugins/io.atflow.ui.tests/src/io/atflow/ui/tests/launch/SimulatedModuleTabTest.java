package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.config.LaunchAttributes;
import io.atflow.launch.core.LaunchConfigs;
import io.atflow.launch.ui.MainTab;
import io.atflow.launch.core.LaunchServices;
import io.atflow.run.Verdict;

import io.atflow.ui.tests.support.Screenshots;
import io.atflow.ui.tests.support.UiWait;
import io.atflow.ui.tests.support.Widgets;

/**
 * The Main tab's simulated module settings, used as a person uses them: Profile, States and Faults set through the
 * widgets, stored in the configuration, checked with the CLI's parsers, and applied to the run's simulator.
 */
class SimulatedModuleTabTest {
    /**
     * Passes only on a BG95: a BG95-M3 answers ATI with the model line {@code BG95-M3} and AT+CGMM with
     * {@code BG95-M3} (ATI of a BG95-M3 in github.com/lukejenkins/cwd, reference/quectel/bg95m3; AT+CGMM returns the
     * model identification, Quectel BG95 AT commands manual). The default module, an EC25, answers {@code EC25}. A
     * regular expression matches a whole line.
     */
    static final String IDENTIFY = """
            step "identify" {
              send ATI expect /BG95.*/
              send AT+CGMM expect /BG95.*/
            }
            """;

    private Shell shell;

    @BeforeEach
    void open() throws CoreException {
        Launches.cleanUp();
        LaunchServices.urcs().clear();
        shell = new Shell(SWT.SHELL_TRIM);
        shell.setText("ATFlow Script \u2014 Main");
        shell.setLayout(new FillLayout());
    }

    @AfterEach
    void close() throws CoreException {
        shell.dispose();
        Launches.cleanUp();
        LaunchServices.urcs().clear();
    }

    private MainTab mainTab(ILaunchConfigurationWorkingCopy wc) {
        MainTab main = new MainTab();
        main.setLaunchConfigurationDialog(new TabDialog());
        main.createControl(shell);
        main.initializeFrom(wc);
        shell.setSize(900, 820);
        shell.open();
        UiWait.drain();
        return main;
    }

    private Combo profile() {
        Combo c = Widgets.find(shell, Combo.class, x -> Arrays.asList(x.getItems()).contains("BG770A"));
        assertNotNull(c, "the Profile combo");
        return c;
    }

    private Table states() {
        Table t = Widgets.find(shell, Table.class, x -> (x.getStyle() & SWT.CHECK) != 0);
        assertNotNull(t, "the States list");
        return t;
    }

    private Text faults() {
        Text t = Widgets.find(shell, Text.class, x -> x.getMessage().startsWith("e.g. drop-link"));
        assertNotNull(t, "the Faults field");
        return t;
    }

    /** Chooses a profile as a person does: select it, the combo tells its listeners. */
    private void choose(Combo combo, String item) {
        combo.select(Arrays.asList(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.Modify, new Event());
    }

    private void check(Table table, String state) {
        TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText().startsWith(state + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no state " + state + " in the list"));
        item.setChecked(true);
        Event e = new Event();
        e.item = item;
        e.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, e);
    }

    @Test
    void profileBg95ChosenInTheTabIsTheModuleTheScriptRunsAgainst() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.script("identify.atflow", IDENTIFY));
        MainTab main = mainTab(wc);
        assertEquals("EC25", profile().getText(), "the CLI's default module (atflow run without --profile)");
        choose(profile(), "BG95");
        main.performApply(wc);
        assertTrue(main.isValid(wc), main::getErrorMessage);
        assertEquals("bg95", wc.getAttribute(LaunchAttributes.PROFILE, ""));
        ILaunchConfiguration saved = wc.doSave();

        ILaunch launch = Launches.run(saved);
        String console = Launches.awaitEnd(launch).getDocument().get();
        assertEquals(Verdict.PASSED, Launches.process(launch).result().verdict(), console);
        assertTrue(console.contains("BG95-M3"), console);
    }

    @Test
    void theSameScriptFailsOnTheDefaultModule() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.script("identify.atflow", IDENTIFY));
        ILaunch launch = Launches.run(wc.doSave());
        String console = Launches.awaitEnd(launch).getDocument().get();
        assertEquals(Verdict.FAILED, Launches.process(launch).result().verdict(), console);
    }

    @Test
    void aBadFaultSpecNamesTheSettingAndTheRunIsRefused() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.script("identify.atflow", IDENTIFY));
        MainTab main = mainTab(wc);
        faults().setText("drop-link@5s slow");
        main.performApply(wc);
        String sentence = "Faults: fault \"slow\" needs a pause, e.g. slow=20ms.";
        assertFalse(main.isValid(wc), "Run is disabled while the tab is invalid");
        assertEquals(sentence, main.getErrorMessage());
        CoreException refused = assertThrows(CoreException.class, () -> Launches.run(wc.doSave()));
        assertEquals(sentence, refused.getStatus().getMessage());

        faults().setText("drop-link@5s slow=20ms");
        main.performApply(wc);
        assertTrue(main.isValid(wc), main::getErrorMessage);
        check(states(), "sim-pin");
        check(states(), "no-sim");
        main.performApply(wc);
        assertFalse(main.isValid(wc));
        assertEquals("States: state \"sim-pin\" sets the SIM a second time; give one.", main.getErrorMessage());
    }

    @Test
    void screenshotOfTheTabWithTheSimulatedModule() throws Exception {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(Workspace.example("1-network-bring-up.atflow"));
        MainTab main = mainTab(wc);
        choose(profile(), "BG95");
        check(states(), "roaming");
        faults().setText("drop-link@30s, slow=20ms");
        main.performApply(wc);
        assertTrue(main.isValid(wc), main::getErrorMessage);
        UiWait.drain();
        Path png = Screenshots.capture(shell, "launch-simulated-module.png");
        assertTrue(Files.size(png) > 10_000, "a real picture: " + Files.size(png) + " bytes");

        Table states = states();
        List<String> shown = Arrays.stream(states.getItems()).map(TableItem::getText).toList();
        assertAll("what launch-simulated-module.png shows",
                () -> assertEquals("BG95", profile().getText()),
                () -> assertEquals(List.of("EC21", "EC25", "EG25G", "BG95", "BG96", "BG77", "BG770A"),
                        List.of(profile().getItems())),
                () -> assertEquals(List.of("no-sim", "sim-pin", "sim-busy", "roaming", "no-service", "searching",
                        "pdp-active"), shown.stream().map(t -> t.split(" ")[0]).toList()),
                () -> assertEquals(List.of("roaming"), Arrays.stream(states.getItems()).filter(TableItem::getChecked)
                        .map(i -> i.getText().split(" ")[0]).toList()),
                () -> assertTrue(Arrays.stream(states.getItems()).allMatch(i -> Widgets.showsWhole(states,
                        i.getText(), i.getTextBounds(0))), "every state's text is shown whole"),
                () -> assertEquals("drop-link@30s, slow=20ms", faults().getText()),
                () -> assertTrue(profile().isEnabled() && states.isEnabled() && faults().isEnabled()));

        Button serial = Widgets.find(shell, Button.class, b -> b.getText().startsWith("Serial &port"));
        serial.setSelection(true);
        Widgets.find(shell, Button.class, b -> b.getText().startsWith("Simulated &module")).setSelection(false);
        serial.notifyListeners(SWT.Selection, new Event());
        assertFalse(profile().isEnabled() || states.isEnabled() || faults().isEnabled(),
                "the simulator's settings apply to the simulated module only");
    }
}
