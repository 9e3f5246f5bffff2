package io.atflow.ui.secrets;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/** Asks for the value of a secret with a masked field. */
public final class SecretDialog extends InputDialog {

    public SecretDialog(Shell shell, String name) {
        super(shell, title(name), "Value of secret(\"" + name + "\"). ATFlow keeps it in Eclipse secure storage, "
                + "encrypted; the script only names it.", "", v -> v == null || v.isEmpty() ? "Enter the value" : null);
    }

    /** The dialog's title for a secret, e.g. to find its shell. */
    public static String title(String name) {
        return "Set secret " + name;
    }

    @Override
    protected int getInputTextStyle() {
        return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
    }

    /** The value entered, or null when cancelled. */
    public static String ask(Shell shell, String name) {
        SecretDialog d = new SecretDialog(shell, name);
        return d.open() == IDialogConstants.OK_ID ? d.getValue() : null;
    }
}
