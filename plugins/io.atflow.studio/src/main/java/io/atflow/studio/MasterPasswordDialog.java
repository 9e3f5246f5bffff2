package io.atflow.studio;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the master password of secure storage (twice when a new one is chosen). */
final class MasterPasswordDialog extends TitleAreaDialog {
    private final boolean create;
    private Text password;
    private Text confirm;
    private char[] value;

    private MasterPasswordDialog(Shell shell, boolean create) {
        super(shell);
        this.create = create;
    }

    static char[] ask(Shell shell, boolean create) {
        MasterPasswordDialog d = new MasterPasswordDialog(shell, create);
        return d.open() == IDialogConstants.OK_ID ? d.value : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Secure Storage");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(create ? "Choose a master password" : "Master password");
        setMessage(create ? "Secure storage encrypts ATFlow's secrets with a master password of your choice."
                : "Enter the master password of secure storage to unlock ATFlow's secrets.");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        password = field(c, "Password:");
        if (create) {
            confirm = field(c, "Confirm:");
        }
        return area;
    }

    private static Text field(Composite c, String label) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(t);
        return t;
    }

    @Override
    protected void okPressed() {
        String p = password.getText();
        if (p.isEmpty()) {
            setErrorMessage("Enter a password.");
            return;
        }
        if (confirm != null && !p.equals(confirm.getText())) {
            setErrorMessage("The two passwords differ.");
            return;
        }
        value = p.toCharArray();
        super.okPressed();
    }
}
