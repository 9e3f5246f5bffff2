package io.atflow.launch.ui.console;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsolePageParticipant;
import org.eclipse.ui.part.IPageBookViewPage;

import io.atflow.launch.ui.LaunchImages;

/** Terminate and Remove buttons in the tool bar of a run console. */
public final class ScriptConsoleParticipant implements IConsolePageParticipant, IDebugEventSetListener {
    private ScriptConsole console;
    private Action terminate;
    private Action remove;

    @Override
    public void init(IPageBookViewPage page, IConsole c) {
        console = (ScriptConsole) c;
        ILaunch launch = console.launch();
        terminate = new Action("Terminate", LaunchImages.descriptor(LaunchImages.TERMINATE)) {
            @Override
            public void run() {
                try {
                    launch.terminate();
                } catch (DebugException e) {
                    // the run is already over
                }
            }
        };
        remove = new Action("Remove Launch", LaunchImages.descriptor(LaunchImages.REMOVE)) {
            @Override
            public void run() {
                DebugPlugin.getDefault().getLaunchManager().removeLaunch(launch);
            }
        };
        IToolBarManager bar = page.getSite().getActionBars().getToolBarManager();
        bar.appendToGroup(IConsoleConstants.LAUNCH_GROUP, terminate);
        bar.appendToGroup(IConsoleConstants.LAUNCH_GROUP, remove);
        update();
        DebugPlugin.getDefault().addDebugEventListener(this);
    }

    private void update() {
        boolean running = console.launch() != null && !console.launch().isTerminated();
        terminate.setEnabled(running);
        remove.setEnabled(!running && console.launch() != null);
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if (e.getKind() == DebugEvent.TERMINATE) {
                org.eclipse.swt.widgets.Display d = org.eclipse.swt.widgets.Display.getDefault();
                if (!d.isDisposed()) {
                    d.asyncExec(() -> {
                        if (terminate != null) {
                            update();
                        }
                    });
                }
                return;
            }
        }
    }

    @Override
    public void dispose() {
        DebugPlugin.getDefault().removeDebugEventListener(this);
        terminate = null;
        remove = null;
    }

    @Override
    public void activated() {
        // nothing to track
    }

    @Override
    public void deactivated() {
        // nothing to track
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
