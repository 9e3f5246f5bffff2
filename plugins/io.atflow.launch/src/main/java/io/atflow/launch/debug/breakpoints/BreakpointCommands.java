package io.atflow.launch.debug.breakpoints;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

/** Refreshes the checked state of the Breakpoints view's toggles after the breakpoints changed. */
final class BreakpointCommands {
    private BreakpointCommands() {
    }

    static void refresh(String command) {
        if (PlatformUI.isWorkbenchRunning()) {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            if (commands != null) {
                commands.refreshElements(command, null);
            }
        }
    }
}
