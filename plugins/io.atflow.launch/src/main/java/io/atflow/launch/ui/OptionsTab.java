package io.atflow.launch.ui;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.StringVariableSelectionDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.atflow.launch.config.LaunchAttributes;
import io.atflow.launch.config.LaunchCheck;
import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.core.ConfigAttributes;

/** The Options tab: timeouts, script variables and the transcript file. */
public final class OptionsTab extends AbstractLaunchConfigurationTab {
    private Text scriptTimeout;
    private Text commandTimeout;
    private Table variables;
    private Text transcript;

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        setControl(root);
        Group t = group(root, "Time&outs", 2);
        scriptTimeout = field(t, "Script timeout:", "the script's own, e.g. 5m");
        commandTimeout = field(t, "Command timeout:", "the catalog's or 10s, e.g. 20s");
        createVariables(root);
        createTranscript(root);
        Label note = new Label(root, SWT.WRAP);
        note.setText("Secrets are never stored in a launch configuration (it may be committed). Scripts read them with "
                + "secret(\"name\"): from Eclipse secure storage, ATFLOW_SECRET_<NAME> or a git-ignored .atflow-secrets "
                + "file; the simulated module knows its own devices.");
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 500;
        note.setLayoutData(d);
    }

    private Group group(Composite parent, String text, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        g.setLayout(new GridLayout(columns, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        return g;
    }

    private Text field(Composite parent, String label, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setMessage(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> updateLaunchConfigurationDialog());
        return text;
    }

    private void createVariables(Composite root) {
        Group g = group(root, "Script &variables", 2);
        ((GridData) g.getLayoutData()).grabExcessVerticalSpace = true;
        variables = new Table(g, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        variables.setHeaderVisible(true);
        variables.setLinesVisible(true);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.heightHint = 120;
        variables.setLayoutData(d);
        column("Name", 160);
        column("Value", 300);
        Composite buttons = new Composite(g, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        createPushButton(buttons, "&Add...", null).addListener(SWT.Selection, e -> edit(null));
        createPushButton(buttons, "&Edit...", null).addListener(SWT.Selection,
                e -> edit(variables.getSelectionCount() == 1 ? variables.getSelection()[0] : null));
        createPushButton(buttons, "&Remove", null).addListener(SWT.Selection, e -> {
            variables.remove(variables.getSelectionIndices());
            updateLaunchConfigurationDialog();
        });
        variables.addListener(SWT.DefaultSelection, e -> edit((TableItem) e.item));
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(variables, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    private void edit(TableItem item) {
        VariableDialog d = new VariableDialog(getShell(), item == null ? "Add Variable" : "Edit Variable",
                item == null ? "" : item.getText(0), item == null ? "" : item.getText(1));
        if (d.open() != Window.OK || d.name().isEmpty()) {
            return;
        }
        Map<String, String> vars = variablesOf();
        if (item != null) {
            vars.remove(item.getText(0));
        }
        vars.put(d.name(), d.value());
        showVariables(vars);
        updateLaunchConfigurationDialog();
    }

    private void createTranscript(Composite root) {
        Group g = group(root, "T&ranscript", 3);
        transcript = new Text(g, SWT.BORDER | SWT.SINGLE);
        transcript.setMessage("none; e.g. ${workspace_loc:/project/run.log} or run.log next to the script");
        transcript.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        transcript.addModifyListener(e -> updateLaunchConfigurationDialog());
        createPushButton(g, "File &System...", null).addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFilterExtensions(new String[] { "*.log", "*.*" });
            String f = d.open();
            if (f != null) {
                transcript.setText(f);
            }
        });
        createPushButton(g, "Varia&bles...", null).addListener(SWT.Selection, e -> {
            StringVariableSelectionDialog d = new StringVariableSelectionDialog(getShell());
            if (d.open() == Window.OK && d.getVariableExpression() != null) {
                transcript.insert(d.getVariableExpression());
            }
        });
    }

    private Map<String, String> variablesOf() {
        Map<String, String> vars = new TreeMap<>();
        for (TableItem i : variables.getItems()) {
            vars.put(i.getText(0), i.getText(1));
        }
        return vars;
    }

    private void showVariables(Map<String, String> vars) {
        variables.removeAll();
        new TreeMap<>(vars).forEach((k, v) -> new TableItem(variables, SWT.NONE).setText(new String[] { k, v }));
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy copy) {
        copy.setAttribute(LaunchAttributes.SCRIPT_TIMEOUT, "");
        copy.setAttribute(LaunchAttributes.COMMAND_TIMEOUT, "");
        copy.setAttribute(LaunchAttributes.VARIABLES, Map.<String, String>of());
        copy.setAttribute(LaunchAttributes.TRANSCRIPT, "");
    }

    @Override
    public void initializeFrom(ILaunchConfiguration config) {
        LaunchSettings s = ConfigAttributes.read(config);
        scriptTimeout.setText(s.scriptTimeout());
        commandTimeout.setText(s.commandTimeout());
        showVariables(s.variables());
        transcript.setText(s.transcript());
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy copy) {
        copy.setAttribute(LaunchAttributes.SCRIPT_TIMEOUT, scriptTimeout.getText().strip());
        copy.setAttribute(LaunchAttributes.COMMAND_TIMEOUT, commandTimeout.getText().strip());
        copy.setAttribute(LaunchAttributes.VARIABLES, variablesOf());
        copy.setAttribute(LaunchAttributes.TRANSCRIPT, transcript.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration config) {
        setErrorMessage(null);
        LaunchSettings s = ConfigAttributes.read(config);
        Optional<String> problem = new LaunchCheck(java.util.List::of, p -> true).options(s);
        problem.ifPresent(this::setErrorMessage);
        return problem.isEmpty();
    }

    @Override
    public String getName() {
        return "Options";
    }

    @Override
    public String getId() {
        return "io.atflow.launch.optionsTab";
    }

    @Override
    public Image getImage() {
        return LaunchImages.get(LaunchImages.SCRIPT);
    }
}
