package io.atflow.launch.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a script variable: a name and a value. */
final class VariableDialog extends Dialog {
    private final String title;
    private String name;
    private String value;
    private Text nameText;
    private Text valueText;

    VariableDialog(Shell parent, String title, String name, String value) {
        super(parent);
        this.title = title;
        this.name = name;
        this.value = value;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        c.setLayout(new GridLayout(2, false));
        new Label(c, SWT.NONE).setText("&Name:");
        nameText = text(c, name);
        new Label(c, SWT.NONE).setText("&Value:");
        valueText = text(c, value);
        Label note = new Label(c, SWT.WRAP);
        note.setText("Overrides the script's var of that name. Never put a secret here: scripts read secrets with "
                + "secret(\"name\").");
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        d.widthHint = 420;
        note.setLayoutData(d);
        return c;
    }

    private static Text text(Composite parent, String initial) {
        Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
        t.setText(initial == null ? "" : initial);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 320;
        t.setLayoutData(d);
        return t;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            name = nameText.getText().strip();
            value = valueText.getText();
        }
        super.buttonPressed(id);
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }
}
