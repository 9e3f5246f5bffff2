package io.atflow.launch.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.atflow.launch.config.SimSettings;
import io.atflow.launch.config.SimStates;
import io.atflow.sim.ModuleProfile;

/**
 * The Main tab's "Simulated module" group: the module profile, the device states it starts in and the faults it
 * shows, as {@code atflow run --profile --state --fault}. Enabled while the target is the simulated module.
 */
final class SimulatorGroup {
    private final Group group;
    private final Combo profile;
    private final Table states;
    private final Text faults;

    SimulatorGroup(Composite parent, Runnable changed) {
        group = new Group(parent, SWT.NONE);
        group.setText("Simulated m&odule");
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        new Label(group, SWT.NONE).setText("Pro&file:");
        profile = new Combo(group, SWT.READ_ONLY);
        profile.setItems(Arrays.stream(ModuleProfile.values()).map(SimulatorGroup::label).toArray(String[]::new));
        profile.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        profile.setToolTipText("The Quectel model the simulator answers as (ATI, AT+CGMM, AT+CGMR, its quirks)");
        profile.addModifyListener(e -> changed.run());

        Label statesLabel = new Label(group, SWT.NONE);
        statesLabel.setText("S&tates:");
        statesLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        states = new Table(group, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        for (SimStates.Choice c : SimStates.CHOICES) {
            TableItem item = new TableItem(states, SWT.NONE);
            item.setText(c.name() + "  \u2014  " + c.description());
            item.setData(c.name());
        }
        GridData table = new GridData(SWT.FILL, SWT.TOP, true, false);
        table.heightHint = states.getItemHeight() * SimStates.CHOICES.size();
        states.setLayoutData(table);
        states.setToolTipText("The condition the module is in at power-up; unchecked: a ready SIM on the home network");
        states.addListener(SWT.Selection, e -> changed.run());

        new Label(group, SWT.NONE).setText("F&aults:");
        faults = new Text(group, SWT.BORDER | SWT.SINGLE);
        faults.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        faults.setMessage("e.g. drop-link@5s, slow=20ms");
        faults.setToolTipText("Fault specs as atflow run --fault takes them: drop-link[=<client>][@<time>], "
                + "reboot@<time>, noise[=<0..1>], slow=<pause>, chunk=<bytes>, deregister[=<time>][@<time>]; "
                + "separated by commas or blanks");
        faults.addModifyListener(e -> changed.run());
    }

    /** The profile's name in the combo, e.g. {@code BG95}. */
    static String label(ModuleProfile p) {
        return p.name();
    }

    void setEnabled(boolean enabled) {
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { group, profile, states,
                faults }) {
            c.setEnabled(enabled);
        }
    }

    void show(SimSettings s) {
        ModuleProfile p;
        try {
            p = ModuleProfile.parse(s.profile());
        } catch (IllegalArgumentException e) {
            p = ModuleProfile.parse(SimSettings.DEFAULT.profile());
        }
        profile.select(p.ordinal());
        for (TableItem item : states.getItems()) {
            item.setChecked(s.states().contains((String) item.getData()));
        }
        faults.setText(s.faults());
    }

    SimSettings settings() {
        int i = profile.getSelectionIndex();
        String id = i < 0 ? SimSettings.DEFAULT.profile() : ModuleProfile.values()[i].id();
        List<String> checked = new ArrayList<>();
        for (TableItem item : states.getItems()) {
            if (item.getChecked()) {
                checked.add((String) item.getData());
            }
        }
        return new SimSettings(id, checked, faults.getText());
    }
}
