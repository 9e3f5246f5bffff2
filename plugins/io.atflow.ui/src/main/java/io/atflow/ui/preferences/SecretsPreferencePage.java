package io.atflow.ui.preferences;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.atflow.ui.secrets.SecretDialog;
import io.atflow.ui.AtFlowUi;

/** ATFlow &gt; Secrets: the names of the secrets in Eclipse secure storage (never their values); set or remove. */
public class SecretsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    private ListViewer names;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Values of secret(\"...\") references, kept encrypted in Eclipse secure storage. Scripts name"
                + " them; values are never shown.");
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
        names = new ListViewer(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        names.setContentProvider(ArrayContentProvider.getInstance());
        names.setLabelProvider(new LabelProvider());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(names.getControl());
        Composite buttons = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, "&Set...", this::set);
        button(buttons, "&Remove", this::remove);
        Label hint = new Label(c, SWT.WRAP);
        hint.setText("Headless runs (atflow run) read ATFLOW_SECRET_<NAME> or .atflow-secrets instead.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(hint);
        refresh();
        return c;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void refresh() {
        names.setInput(AtFlowUi.getDefault().secrets().storage().names());
    }

    private void set() {
        Object sel = ((IStructuredSelection) names.getSelection()).getFirstElement();
        InputDialog nameDialog = new InputDialog(getShell(), "Set Secret", "Name used in secret(\"...\"):",
                sel == null ? "" : sel.toString(), v -> v == null || v.isBlank() ? "Enter a name" : null);
        if (nameDialog.open() != IDialogConstants.OK_ID) {
            return;
        }
        String name = nameDialog.getValue().strip();
        String value = SecretDialog.ask(getShell(), name);
        if (value == null) {
            return;
        }
        try {
            AtFlowUi.getDefault().secrets().store(name, value);
        } catch (StorageException e) {
            MessageDialog.openError(getShell(), "Secure Storage", "Cannot store the secret " + name + ": "
                    + e.getMessage());
        }
        refresh();
    }

    private void remove() {
        Object sel = ((IStructuredSelection) names.getSelection()).getFirstElement();
        if (sel == null) {
            return;
        }
        try {
            AtFlowUi.getDefault().secrets().remove(sel.toString());
        } catch (StorageException e) {
            MessageDialog.openError(getShell(), "Secure Storage", "Cannot remove the secret " + sel + ": "
                    + e.getMessage());
        }
        refresh();
    }
}
