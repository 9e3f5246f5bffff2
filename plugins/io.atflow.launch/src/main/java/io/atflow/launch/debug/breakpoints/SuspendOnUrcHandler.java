package io.atflow.launch.debug.breakpoints;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Breakpoints view's "Suspend on URC..." action: asks for a pattern in the language's syntax (the dialog shows
 * one sentence and keeps OK disabled while it does not parse) and adds a URC breakpoint for it.
 */
public final class SuspendOnUrcHandler extends AbstractHandler {
    public static final String COMMAND = "io.atflow.launch.suspendOnUrc";
    public static final String TITLE = "Suspend on URC";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), TITLE,
                "Suspend a script when a URC matching this pattern arrives (as written after 'on'):",
                "+QMTSTAT: ", UrcPatternCheck::problem);
        if (dialog.open() != Window.OK) {
            return null;
        }
        try {
            new EventBreakpoints(DebugPlugin.getDefault().getBreakpointManager()).addUrc(dialog.getValue());
        } catch (CoreException e) {
            throw new ExecutionException(e.getStatus().getMessage(), e);
        }
        return null;
    }
}
