package io.atflow.ui.editor.reconcile;

import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Checks a script in the background after the user stopped typing for the configured delay; a change while it runs
 * cancels the run (its progress monitor), and the next pause starts a new one.
 */
public final class ScriptReconciler extends MonoReconciler {

    public ScriptReconciler(ScriptReconcilingStrategy strategy, int delay) {
        super(strategy, false);
        setDelay(delay);
        setIsAllowedToModifyDocument(false);
    }

    /** Checks the script again now (e.g. after a secret was stored). */
    public void forceReconcile() {
        forceReconciling();
    }
}
