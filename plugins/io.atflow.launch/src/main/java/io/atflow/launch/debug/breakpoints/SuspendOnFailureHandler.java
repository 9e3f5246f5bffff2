package io.atflow.launch.debug.breakpoints;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * The Breakpoints view's "Suspend on Failure" toggle: adds the failure breakpoint, or removes it when it is there;
 * checked while it exists (its check box in the view enables and disables it).
 */
public final class SuspendOnFailureHandler extends AbstractHandler implements IElementUpdater {
    public static final String COMMAND = "io.atflow.launch.suspendOnFailure";
    private final IBreakpointListener changed = new IBreakpointListener() {
        @Override
        public void breakpointAdded(IBreakpoint breakpoint) {
            refreshLater(breakpoint);
        }

        @Override
        public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
            refreshLater(breakpoint);
        }

        @Override
        public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        }
    };

    public SuspendOnFailureHandler() {
        DebugPlugin.getDefault().getBreakpointManager().addBreakpointListener(changed);
    }

    private static void refreshLater(IBreakpoint breakpoint) {
        if (breakpoint instanceof ScriptEventBreakpoint && PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> BreakpointCommands.refresh(COMMAND));
        }
    }

    @Override
    public void dispose() {
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpointListener(changed);
        super.dispose();
    }

    private EventBreakpoints events() {
        return new EventBreakpoints(DebugPlugin.getDefault().getBreakpointManager());
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            events().toggleFailure();
        } catch (CoreException e) {
            throw new ExecutionException(e.getStatus().getMessage(), e);
        }
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        element.setChecked(events().failure() != null);
    }
}
