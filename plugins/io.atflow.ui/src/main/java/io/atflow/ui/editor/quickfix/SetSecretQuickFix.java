package io.atflow.ui.editor.quickfix;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;

import io.atflow.ui.secrets.SecretDialog;
import io.atflow.ui.AtFlowUi;

/**
 * For a secret that does not resolve ({@code atflow.credential-unverified}): asks for its value with a masked field and
 * stores it in secure storage; the script is not changed, its checks run again.
 */
public final class SetSecretQuickFix implements EditorQuickFix {
    private final String name;

    public SetSecretQuickFix(String name) {
        this.name = name;
    }

    @Override
    public String label() {
        return "Set secret " + name + "...";
    }

    @Override
    public String description() {
        return "Asks for the value of secret(\"" + name + "\") and stores it in Eclipse secure storage, encrypted. "
                + "The script keeps only the reference.";
    }

    @Override
    public boolean apply(IDocument document, Shell shell) {
        String value = SecretDialog.ask(shell, name);
        if (value == null) {
            return false;
        }
        try {
            AtFlowUi.getDefault().secrets().store(name, value);
            return true;
        } catch (StorageException e) {
            MessageDialog.openError(shell, "Secure Storage", "Cannot store the secret " + name
                    + " in Eclipse secure storage (" + e.getMessage() + ").");
            return false;
        }
    }
}
