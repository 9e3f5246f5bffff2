package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.examples.FlowExample;
import io.atflow.lang.ide.examples.FlowExamples;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.wizards.NewScriptPage;
import io.atflow.ui.wizards.NewScriptWizard;

/** The "New ATFlow Script" wizard with the application note's flows, and the preference pages. */
class WizardAndPreferencesTest {

    @AfterEach
    void close() {
        Ui.closeEditors();
    }

    @Test
    void newScriptFromAFlowCreatesItWithItsIncludesAndOpensIt() throws CoreException, IOException {
        IProject project = Ui.project("wizard");
        NewScriptWizard wizard = new NewScriptWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Ui.shell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            NewScriptPage page = wizard.page();
            assertEquals(FlowExamples.all().size() + 1, page.choices().size());
            FlowExample credentials = FlowExamples.all().stream()
                    .filter(e -> e.name().equals("one-device-one-secret-credentials")).findFirst().orElseThrow();
            page.choose(credentials);
            assertEquals("one-device-one-secret-credentials.atflow", page.getFileName());
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile file = wizard.created();
        assertEquals(project.getFile("one-device-one-secret-credentials.atflow"), file);
        assertEquals(FlowExamples.all().get(2).text(), QuickFixTest.read(file));
        assertTrue(project.getFile("common/network.atflow").exists());
        assertTrue(project.getFile("common/instance.atflow").exists());
        assertTrue(Ui.page().getActiveEditor() instanceof ScriptEditor);
        ScriptEditor editor = (ScriptEditor) Ui.page().getActiveEditor();
        Ui.reconciled(editor);
        assertTrue(editor.lastReconcile().problems().stream().noneMatch(p -> p.severity().name().equals("ERROR")),
                () -> editor.lastReconcile().problems().toString());
    }

    @Test
    void preferencePagesOpen() {
        for (String id : new String[] { "io.atflow.ui.preferences", "io.atflow.ui.preferences.coloring",
            "io.atflow.ui.preferences.secrets" }) {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Ui.shell(), id, null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Ui.drain();
            assertTrue(dialog.getSelectedPage() instanceof org.eclipse.jface.preference.IPreferencePage page
                    && page.getControl() != null && !page.getControl().isDisposed(), id);
            dialog.close();
        }
    }
}
