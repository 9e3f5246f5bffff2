package io.atflow.ui.editor.actions;

import org.eclipse.jface.action.Action;

import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.outline.QuickOutline;

/** Quick Outline (Ctrl+O). */
public final class QuickOutlineAction extends Action {
    private final ScriptEditor editor;

    public QuickOutlineAction(ScriptEditor editor) {
        super("&Quick Outline");
        this.editor = editor;
        setActionDefinitionId(ScriptActionIds.QUICK_OUTLINE);
    }

    @Override
    public void run() {
        new QuickOutline(editor.getSite().getShell(), editor, editor.symbols()).open();
    }
}
