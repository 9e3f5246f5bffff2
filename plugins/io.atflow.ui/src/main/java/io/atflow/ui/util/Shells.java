package io.atflow.ui.util;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The shell to parent dialogs on: the active workbench window's, else the display's active shell. */
public final class Shells {
    private Shells() {
    }

    public static Shell active() {
        IWorkbenchWindow w = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
        if (w != null) {
            return w.getShell();
        }
        Display d = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        return d.getActiveShell();
    }
}
