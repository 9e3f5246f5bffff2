package io.atflow.launch.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

import io.atflow.engine.transport.FlowControl;
import io.atflow.engine.transport.Parity;
import io.atflow.engine.transport.PortInfo;
import io.atflow.engine.transport.SerialPorts;
import io.atflow.engine.transport.StopBits;
import io.atflow.engine.transport.TransportSpec;
import io.atflow.launch.config.LaunchAttributes;
import io.atflow.launch.config.LaunchCheck;
import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.config.SerialOptions;
import io.atflow.launch.config.SimSettings;
import io.atflow.launch.core.ConfigAttributes;
import io.atflow.launch.core.InstalledTargets;
import io.atflow.launch.core.ScriptFiles;

/**
 * The Main tab: the script, the target (simulated module, serial port or TCP), the simulated module's profile, states
 * and faults, and the serial settings.
 */
public final class MainTab extends AbstractLaunchConfigurationTab {
    /** Example of a TCP target shown when the field is empty. */
    public static final String TCP_HINT = "tcp://127.0.0.1:5000";
    public static final String RFC2217_HINT = "rfc2217://127.0.0.1:2217";

    private Text script;
    private Button sim;
    private Button serial;
    private Button tcp;
    private Combo port;
    private Text endpoint;
    private Combo baud;
    private Combo dataBits;
    private Combo parity;
    private Combo stopBits;
    private Combo flowControl;
    private SimulatorGroup simulator;
    private List<PortInfo> ports = List.of();

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        setControl(root);
        createScript(root);
        createTarget(root);
        simulator = new SimulatorGroup(root, InstalledTargets.options(TransportSpec.SIM),
                this::updateLaunchConfigurationDialog);
        createSerial(root);
        refreshPorts();
    }

    private void createScript(Composite root) {
        Group g = group(root, "&Script", 2);
        script = new Text(g, SWT.BORDER | SWT.SINGLE);
        script.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        script.setMessage("/project/folder/script.atflow");
        script.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button browse = createPushButton(g, "&Browse...", null);
        browse.addListener(SWT.Selection, e -> browseScript());
    }

    private void createTarget(Composite root) {
        Group g = group(root, "&Target", 3);
        sim = radio(g, "Simulated &module with the built-in IoT platform (no hardware, no cloud)", 3);
        serial = radio(g, "Serial &port:", 1);
        port = new Combo(g, SWT.DROP_DOWN);
        port.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        port.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button refresh = createPushButton(g, "&Refresh", null);
        refresh.addListener(SWT.Selection, e -> {
            refreshPorts();
            updateLaunchConfigurationDialog();
        });
        tcp = radio(g, "&Network port:", 1);
        endpoint = new Text(g, SWT.BORDER | SWT.SINGLE);
        endpoint.setMessage(TCP_HINT);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.horizontalSpan = 2;
        endpoint.setLayoutData(wide);
        endpoint.setToolTipText("tcp://host:port or socket://host:port (raw TCP), rfc2217://host:port (RFC 2217"
                + " server such as ser2net: the serial settings below apply)");
        endpoint.addModifyListener(e -> {
            enableTargetFields();
            updateLaunchConfigurationDialog();
        });
    }

    private void createSerial(Composite root) {
        Group g = group(root, "Serial settin&gs", 4);
        baud = combo(g, "Baud rate:", SWT.DROP_DOWN, SerialOptions.BAUDS.stream().map(String::valueOf).toList());
        dataBits = combo(g, "Data bits:", SWT.READ_ONLY, SerialOptions.DATA_BITS.stream().map(String::valueOf).toList());
        parity = combo(g, "Parity:", SWT.READ_ONLY, Arrays.stream(Parity.values()).map(SerialOptions::label).toList());
        stopBits = combo(g, "Stop bits:", SWT.READ_ONLY, Arrays.stream(StopBits.values()).map(StopBits::text).toList());
        flowControl = combo(g, "Flow control:", SWT.READ_ONLY,
                Arrays.stream(FlowControl.values()).map(SerialOptions::label).toList());
    }

    private Group group(Composite parent, String text, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        g.setLayout(new GridLayout(columns, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private Button radio(Composite parent, String text, int span) {
        Button b = new Button(parent, SWT.RADIO);
        b.setText(text);
        GridData d = new GridData();
        d.horizontalSpan = span;
        b.setLayoutData(d);
        b.addListener(SWT.Selection, e -> {
            enableTargetFields();
            updateLaunchConfigurationDialog();
        });
        return b;
    }

    private Combo combo(Composite parent, String label, int style, List<String> items) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, style);
        c.setItems(items.toArray(String[]::new));
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.addModifyListener(e -> updateLaunchConfigurationDialog());
        return c;
    }

    private void browseScript() {
        FilteredResourcesSelectionDialog d = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        d.setTitle("Select an ATFlow Script");
        d.setInitialPattern("*." + LaunchCheck.EXTENSION);
        if (d.open() == FilteredResourcesSelectionDialog.OK && d.getFirstResult() instanceof IFile f) {
            script.setText(ScriptFiles.workspacePath(f));
        }
    }

    private void refreshPorts() {
        String current = selectedPort();
        ports = SerialPorts.list();
        port.setItems(PortChoices.labels(ports));
        port.setText(ports.stream().filter(p -> p.systemName().equals(current)).map(PortChoices::label).findFirst()
                .orElse(current));
    }

    private String selectedPort() {
        return port == null ? "" : PortChoices.systemName(port.getText(), ports);
    }

    private void enableTargetFields() {
        simulator.setEnabled(sim.getSelection());
        port.setEnabled(serial.getSelection());
        endpoint.setEnabled(tcp.getSelection());
        boolean rfc2217 = tcp.getSelection() && spec(endpoint.getText().strip()) instanceof TransportSpec.Rfc2217;
        for (Combo c : new Combo[] { baud, dataBits, parity, stopBits, flowControl }) {
            c.setEnabled(serial.getSelection() || rfc2217);
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy copy) {
        IResource selected = DebugUITools.getSelectedResource();
        String path = selected instanceof IFile f && LaunchCheck.EXTENSION.equals(f.getFileExtension())
                ? ScriptFiles.workspacePath(f) : "";
        ConfigAttributes.write(LaunchSettings.defaults(path), copy);
        if (!path.isEmpty()) {
            copy.rename(getLaunchConfigurationDialog().generateName(
                    selected.getFullPath().removeFileExtension().lastSegment()));
        }
    }

    @Override
    public void initializeFrom(ILaunchConfiguration config) {
        LaunchSettings s = ConfigAttributes.read(config);
        script.setText(s.script());
        TransportSpec spec = spec(s.target());
        sim.setSelection(spec instanceof TransportSpec.Sim);
        tcp.setSelection(spec instanceof TransportSpec.Tcp || spec instanceof TransportSpec.Rfc2217
                || s.target().contains("://"));
        serial.setSelection(!sim.getSelection() && !tcp.getSelection());
        port.setText(serial.getSelection() ? s.target() : "");
        endpoint.setText(tcp.getSelection() ? s.target() : "");
        baud.setText(String.valueOf(s.baud()));
        dataBits.setText(String.valueOf(s.dataBits()));
        parity.setText(SerialOptions.label(s.parity()));
        stopBits.setText(s.stopBits().text());
        flowControl.setText(SerialOptions.label(s.flowControl()));
        simulator.show(s.sim());
        refreshPorts();
        enableTargetFields();
    }

    private static TransportSpec spec(String target) {
        try {
            return TransportSpec.parse(target);
        } catch (io.atflow.engine.transport.TransportException e) {
            return null;
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy copy) {
        copy.setAttribute(LaunchAttributes.SCRIPT, script.getText().strip());
        copy.setAttribute(LaunchAttributes.TARGET, target());
        copy.setAttribute(LaunchAttributes.BAUD, parseInt(baud.getText(), -1));
        copy.setAttribute(LaunchAttributes.DATA_BITS, parseInt(dataBits.getText(), 8));
        copy.setAttribute(LaunchAttributes.PARITY, Parity.values()[Math.max(0, parity.getSelectionIndex())].name());
        copy.setAttribute(LaunchAttributes.STOP_BITS, StopBits.values()[Math.max(0, stopBits.getSelectionIndex())].text());
        copy.setAttribute(LaunchAttributes.FLOW_CONTROL,
                FlowControl.values()[Math.max(0, flowControl.getSelectionIndex())].text());
        SimSettings module = simulator.settings();
        copy.setAttribute(LaunchAttributes.PROFILE, module.profile());
        copy.setAttribute(LaunchAttributes.STATES, module.states());
        copy.setAttribute(LaunchAttributes.FAULTS, module.faults());
        IFile file = ScriptFiles.file(script.getText());
        copy.setMappedResources(file == null ? null : new IResource[] { file });
    }

    private String target() {
        if (sim.getSelection()) {
            return TransportSpec.SIM;
        }
        return tcp.getSelection() ? endpoint.getText().strip() : selectedPort();
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public boolean isValid(ILaunchConfiguration config) {
        setErrorMessage(null);
        LaunchSettings s = ConfigAttributes.read(config);
        if (!sim.getSelection() && target().isEmpty()) {
            setErrorMessage(tcp.getSelection() ? "Enter a network port such as " + TCP_HINT + " or " + RFC2217_HINT + "."
                    : "Choose or type a serial port.");
            return false;
        }
        Optional<String> problem = new LaunchCheck(() -> ports, LaunchCheck::deviceFileExists)
                .mainProblem(s, ScriptFiles.location(s.script()));
        problem.ifPresent(this::setErrorMessage);
        return problem.isEmpty();
    }

    @Override
    public String getName() {
        return "Main";
    }

    @Override
    public String getId() {
        return "io.atflow.launch.mainTab";
    }

    @Override
    public Image getImage() {
        return LaunchImages.get(LaunchImages.SCRIPT);
    }
}
