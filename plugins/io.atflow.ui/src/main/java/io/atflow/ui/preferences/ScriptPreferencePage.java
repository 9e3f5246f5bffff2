package io.atflow.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.atflow.ui.AtFlowUi;

/** Window &gt; Preferences &gt; ATFlow: checking delay and bracket matching (colors and secrets have sub-pages). */
public class ScriptPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ScriptPreferencePage() {
        super(GRID);
        setDescription("ATFlow script editor. Syntax colors and the secrets in secure storage have their own pages.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(AtFlowUi.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor delay = new IntegerFieldEditor(ScriptPreferences.RECONCILE_DELAY,
                "&Check the script after a typing pause of (ms):", getFieldEditorParent());
        delay.setValidRange(50, 5000);
        addField(delay);
        addField(new BooleanFieldEditor(ScriptPreferences.MATCHING_BRACKETS, "Highlight &matching brackets",
                getFieldEditorParent()));
        addField(new ColorFieldEditor(ScriptPreferences.MATCHING_BRACKETS_COLOR, "Matching &bracket color:",
                getFieldEditorParent()));
    }
}
