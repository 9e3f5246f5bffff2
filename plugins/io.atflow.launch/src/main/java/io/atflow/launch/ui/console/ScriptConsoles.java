package io.atflow.launch.ui.console;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchesListener;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;

/**
 * Adds run consoles to the Console view and removes them with their launch (Remove All Terminated, the console's
 * Remove button), as the debug framework does for process consoles.
 */
public final class ScriptConsoles {
    private static boolean listening;

    private ScriptConsoles() {
    }

    /** Shows {@code console} in the Console view. */
    public static void add(ScriptConsole console) {
        listen();
        IConsoleManager m = manager();
        m.addConsoles(new IConsole[] { console });
        m.showConsoleView(console);
    }

    /** The consoles of {@code launch}. */
    public static List<ScriptConsole> of(ILaunch launch) {
        List<ScriptConsole> out = new ArrayList<>();
        for (IConsole c : manager().getConsoles()) {
            if (c instanceof ScriptConsole s && s.launch() == launch) {
                out.add(s);
            }
        }
        return out;
    }

    private static synchronized void listen() {
        if (listening) {
            return;
        }
        listening = true;
        DebugPlugin.getDefault().getLaunchManager().addLaunchListener(new ILaunchesListener() {
            @Override
            public void launchesRemoved(ILaunch[] launches) {
                for (ILaunch l : launches) {
                    List<ScriptConsole> gone = of(l);
                    if (!gone.isEmpty()) {
                        manager().removeConsoles(gone.toArray(IConsole[]::new));
                    }
                }
            }

            @Override
            public void launchesAdded(ILaunch[] launches) {
                // consoles are added by the launch delegate
            }

            @Override
            public void launchesChanged(ILaunch[] launches) {
                // names change when the run ends
            }
        });
    }

    private static IConsoleManager manager() {
        return ConsolePlugin.getDefault().getConsoleManager();
    }
}
