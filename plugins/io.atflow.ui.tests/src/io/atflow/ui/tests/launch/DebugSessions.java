package io.atflow.ui.tests.launch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import io.atflow.launch.debug.ScriptDebugTarget;
import io.atflow.launch.debug.ScriptThread;
import io.atflow.launch.debug.breakpoints.BreakpointMarkers;
import io.atflow.ui.tests.support.UiWait;

/** Debug-mode launches in tests: the target, bounded waits for suspensions, the debug events seen. */
final class DebugSessions implements IDebugEventSetListener {
    /** The command of the Debug tool bar button and F11. */
    private static final String DEBUG_LAST = "org.eclipse.debug.ui.commands.DebugLast";
    final List<DebugEvent> events = new CopyOnWriteArrayList<>();

    DebugSessions() {
        DebugPlugin.getDefault().addDebugEventListener(this);
    }

    void close() {
        DebugPlugin.getDefault().removeDebugEventListener(this);
    }

    @Override
    public void handleDebugEvents(DebugEvent[] set) {
        events.addAll(List.of(set));
    }

    /** Whether a SUSPEND of {@code thread} with {@code detail} was fired. */
    boolean suspendedWith(ScriptThread thread, int detail) {
        return events.stream().anyMatch(e -> e.getSource() == thread && e.getKind() == DebugEvent.SUSPEND
                && e.getDetail() == detail);
    }

    boolean fired(Object source, int kind) {
        return events.stream().anyMatch(e -> e.getSource() == source && e.getKind() == kind);
    }

    static ScriptDebugTarget target(ILaunch launch) {
        UiWait.until(() -> launch.getDebugTarget() != null, "the launch's debug target");
        return (ScriptDebugTarget) launch.getDebugTarget();
    }

    /** Waits until the script thread is suspended (or the run ended, which fails with the console). */
    static void awaitSuspended(ILaunch launch, ScriptThread thread) {
        UiWait.until(() -> thread.isSuspended() || launch.isTerminated(), () -> "the script to suspend; console:\n"
                + Launches.consoleText(launch));
        if (!thread.isSuspended()) {
            throw new AssertionError("the run ended without suspending; console:\n" + Launches.consoleText(launch));
        }
    }

    /**
     * Presses the Debug tool bar button (its command, F11) with the active editor's script selected, as the workbench
     * does ("launch the selected resource"), and returns the launch it starts. A dialog it opens instead ("The
     * selection cannot be launched") is closed and fails the test.
     */
    static ILaunch debugButton() throws Exception {
        Launches.awaitBuild();
        DebugUITools.getLastLaunch(IDebugUIConstants.ID_DEBUG_LAUNCH_GROUP);
        Display display = Display.getCurrent();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<String> dialogs = new CopyOnWriteArrayList<>();
        Runnable closeDialogs = () -> {
            for (Shell s : display.getShells()) {
                if (s != workbench && s.isVisible()) {
                    dialogs.add(s.getText());
                    s.close();
                }
            }
        };
        display.timerExec(20_000, closeDialogs);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(DEBUG_LAST, null);
        display.timerExec(-1, closeDialogs);
        if (!dialogs.isEmpty()) {
            throw new AssertionError("the Debug button opened " + dialogs + " instead of launching");
        }
        // while a workspace build runs, the debug UI first registers a placeholder launch ("... (waiting for
        // build...)") that never gets a process: the launch is the one that does
        UiWait.until(() -> started() != null, () -> "a launch with a process; jobs: " + Launches.jobs());
        return started();
    }

    /** No perspective switch prompts (they would wait for a click); the test chooses the perspective. */
    static void noPerspectivePrompts() {
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend",
                MessageDialogWithToggle.NEVER);
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective",
                MessageDialogWithToggle.NEVER);
    }

    /** A debug test's start: no launches or ATFlow breakpoints left from others, no perspective prompts. */
    static DebugSessions begin() throws CoreException {
        Launches.cleanUp();
        removeBreakpoints();
        noPerspectivePrompts();
        return new DebugSessions();
    }

    /** A debug test's end: this session's listener, the launches and the ATFlow breakpoints go. */
    void end() throws CoreException {
        close();
        Launches.cleanUp();
        removeBreakpoints();
    }

    /** The window at 1600 x 1000 (as the screenshots are taken) showing the Debug perspective; its shell. */
    static Shell showDebugPerspective() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1600, 1000);
        page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(IDebugUIConstants.ID_DEBUG_PERSPECTIVE));
        return shell;
    }

    /** Closes the Debug perspective if it is the one shown (the next test starts in its own). */
    static void leaveDebugPerspective() {
        if (IDebugUIConstants.ID_DEBUG_PERSPECTIVE.equals(page().getPerspective().getId())) {
            page().closePerspective(page().getPerspective(), false, false);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Removes every ATFlow breakpoint. */
    static void removeBreakpoints() throws CoreException {
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(BreakpointMarkers.MODEL);
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(all, true);
    }

    /** The first launch that has a process or a debug target, or null. */
    private static ILaunch started() {
        for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            if (l.getProcesses().length > 0 || l.getDebugTarget() != null) {
                return l;
            }
        }
        return null;
    }
}
