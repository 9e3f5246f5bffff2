package io.atflow.ui.tests.launch;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsole;

import io.atflow.launch.config.LaunchAttributes;
import io.atflow.launch.core.LaunchConfigs;
import io.atflow.launch.core.ScriptProcess;
import io.atflow.launch.ui.console.ScriptConsole;
import io.atflow.launch.ui.console.ScriptConsoles;

import io.atflow.ui.tests.support.UiWait;

/** Creating, running and observing ATFlow launches in tests. */
final class Launches {
    private Launches() {
    }

    /** A saved configuration running {@code file} against {@code target}, with extra attributes. */
    static ILaunchConfiguration config(IFile file, String target, Map<String, Object> attributes) throws CoreException {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.newCopy(file);
        wc.setAttribute(LaunchAttributes.TARGET, target);
        attributes.forEach((k, v) -> {
            if (v instanceof String s) {
                wc.setAttribute(k, s);
            } else if (v instanceof Integer i) {
                wc.setAttribute(k, i);
            } else if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, String> vars = (Map<String, String>) m;
                wc.setAttribute(k, vars);
            }
        });
        return wc.doSave();
    }

    static ILaunch run(ILaunchConfiguration config) throws CoreException {
        return config.launch(ILaunchManager.RUN_MODE, null);
    }

    static ScriptProcess process(ILaunch launch) {
        return (ScriptProcess) launch.getProcesses()[0];
    }

    /** Waits until the run ended and its console wrote every line. */
    static ScriptConsole awaitEnd(ILaunch launch) {
        UiWait.until(launch::isTerminated, () -> "the launch of " + launch.getLaunchConfiguration().getName() + " ("
                + launch.getProcesses().length + " processes, " + DebugPlugin.getDefault().getLaunchManager().getLaunches().length
                + " launches) to terminate; jobs: " + jobs() + "; console so far:\n" + consoleText(launch));
        ScriptConsole console = console(launch);
        UiWait.until(console::isDrained, "the console to write every line");
        UiWait.until(() -> console.getDocument().get().contains(verdictWord(launch)), () -> "the verdict in the console:\n"
                + console.getDocument().get());
        return console;
    }

    /** Waits until no workspace build is pending: Run As waits for one, and a test must not depend on its timing. */
    static void awaitBuild() {
        UiWait.until(() -> org.eclipse.core.runtime.jobs.Job.getJobManager()
                .find(org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0,
                () -> "the workspace build to finish: " + jobs());
    }

    static String jobs() {
        StringBuilder b = new StringBuilder();
        for (org.eclipse.core.runtime.jobs.Job j : org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)) {
            b.append(j.getName()).append('/').append(j.getClass().getName()).append('/').append(j.getState()).append("; ");
        }
        return b.toString();
    }

    private static String verdictWord(ILaunch launch) {
        return process(launch).result().verdict().name();
    }

    static ScriptConsole console(ILaunch launch) {
        return ScriptConsoles.of(launch).get(0);
    }

    static String consoleText(ILaunch launch) {
        return ScriptConsoles.of(launch).isEmpty() ? "(no console)" : console(launch).getDocument().get();
    }

    /** Removes every launch and configuration, and the consoles with them. */
    static void cleanUp() throws CoreException {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunch l : m.getLaunches()) {
            if (l.hasChildren() && !l.isTerminated()) {
                l.terminate();
                UiWait.until(l::isTerminated, () -> "the launch of " + l.getLaunchConfiguration().getName()
                        + " to terminate; jobs: " + jobs());
            }
            m.removeLaunch(l);
        }
        for (ILaunchConfiguration c : m.getLaunchConfigurations(LaunchConfigs.type())) {
            c.delete();
        }
        UiWait.drain();
        for (IConsole c : org.eclipse.ui.console.ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c instanceof ScriptConsole) {
                org.eclipse.ui.console.ConsolePlugin.getDefault().getConsoleManager().removeConsoles(new IConsole[] { c });
            }
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }
}
