package io.atflow.launch.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.atflow.launch.config.SimSettings;
import io.atflow.run.TargetOption;
import io.atflow.run.TargetOption.Choice;
import io.atflow.run.TargetOption.Kind;

/**
 * The Main tab's "Simulated module" group: the module profile, the device states it starts in and the faults it
 * shows, as {@code atflow run --profile --state --fault}. Its choices are the options the simulator's target
 * provider describes; enabled while the target is the simulated module.
 */
final class SimulatorGroup {
    private final Group group;
    private final Combo profile;
    private final Table states;
    private final Text faults;
    private final List<Choice> profiles;
    private final String initialProfile;

    /** @param options the simulator target's options ({@code Profile}, {@code States}, {@code Faults}) */
    SimulatorGroup(Composite parent, List<TargetOption> options, Runnable changed) {
        group = new Group(parent, SWT.NONE);
        group.setText("Simulated m&odule");
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        TargetOption p = option(options, SimSettings.PROFILE, Kind.ONE_OF);
        profiles = p.choices();
        initialProfile = p.initial().isEmpty() ? "" : p.initial().get(0);
        new Label(group, SWT.NONE).setText("Pro&file:");
        profile = new Combo(group, SWT.READ_ONLY);
        profile.setItems(profiles.stream().map(Choice::label).toArray(String[]::new));
        profile.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        profile.setToolTipText(p.hint());
        profile.addModifyListener(e -> changed.run());

        TargetOption s = option(options, SimSettings.STATES, Kind.ANY_OF);
        Label statesLabel = new Label(group, SWT.NONE);
        statesLabel.setText("S&tates:");
        statesLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        states = new Table(group, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        for (Choice c : s.choices()) {
            TableItem item = new TableItem(states, SWT.NONE);
            item.setText(c.label() + (c.description().isEmpty() ? "" : "  \u2014  " + c.description()));
            item.setData(c.value());
        }
        GridData table = new GridData(SWT.FILL, SWT.TOP, true, false);
        table.heightHint = states.getItemHeight() * Math.max(1, s.choices().size());
        states.setLayoutData(table);
        states.setToolTipText(s.hint());
        states.addListener(SWT.Selection, e -> changed.run());

        TargetOption f = option(options, SimSettings.FAULTS, Kind.TEXT);
        new Label(group, SWT.NONE).setText("F&aults:");
        faults = new Text(group, SWT.BORDER | SWT.SINGLE);
        faults.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        faults.setMessage(f.example().isEmpty() ? "" : "e.g. " + f.example());
        faults.setToolTipText(f.hint());
        faults.addModifyListener(e -> changed.run());
    }

    /** The option {@code key}, or an empty one when the simulator is not installed. */
    private static TargetOption option(List<TargetOption> options, String key, Kind kind) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseGet(() -> new TargetOption(key, key, kind, List.of(), List.of(), "", ""));
    }

    void setEnabled(boolean enabled) {
        for (Control c : new Control[] { group, profile, states, faults }) {
            c.setEnabled(enabled);
        }
    }

    /** Shows {@code s}; a profile the simulator does not offer shows its default. */
    void show(SimSettings s) {
        int i = index(s.profile());
        profile.select(i >= 0 ? i : index(initialProfile));
        for (TableItem item : states.getItems()) {
            item.setChecked(s.states().contains((String) item.getData()));
        }
        faults.setText(s.faults());
    }

    private int index(String value) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).value().equalsIgnoreCase(value)) {
                return i;
            }
        }
        return -1;
    }

    SimSettings settings() {
        int i = profile.getSelectionIndex();
        String id = i < 0 ? initialProfile : profiles.get(i).value();
        List<String> checked = new ArrayList<>();
        for (TableItem item : states.getItems()) {
            if (item.getChecked()) {
                checked.add((String) item.getData());
            }
        }
        return new SimSettings(id, checked, faults.getText());
    }
}
