package io.atflow.launch.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.model.Durations;
import io.atflow.launch.config.LaunchCheck;
import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.config.LaunchTargets;
import io.atflow.launch.console.RunEventLines;
import io.atflow.launch.core.ConfigAttributes;
import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.core.RunSink;
import io.atflow.launch.core.ScriptFiles;
import io.atflow.launch.core.ScriptPaths;
import io.atflow.launch.core.ScriptProcess;
import io.atflow.launch.debug.ScriptDebugTarget;
import io.atflow.launch.debug.ScriptDebugTargets;
import io.atflow.launch.core.Transcripts;
import io.atflow.launch.ui.console.ScriptConsole;
import io.atflow.launch.ui.console.ScriptConsoles;
import io.atflow.launch.urc.UrcRowDecoder;
import io.atflow.lang.catalog.UrcExplainer;
import io.atflow.run.RunHandle;
import io.atflow.run.RunTarget;
import io.atflow.run.ScriptRunner;

/**
 * Runs an "ATFlow Script" launch configuration (in the UI layer: it opens the run's console and feeds the URC view;
 * {@code io.atflow.launch.core} holds the run's process, settings and event sink, and imports no UI): checks it again (a launch against a missing port or script fails
 * with one sentence), then starts {@link ScriptRunner} with a {@link ScriptProcess} and a {@link ScriptConsole}; URCs
 * go to the live URC view. Secrets resolve at launch time (Eclipse secure storage, then the headless sources, then
 * the simulator's registry) and are never written into the configuration. In debug mode the run also gets a
 * debugger and the launch its {@link ScriptDebugTarget} (the console and the URC view work as in run mode).
 */
public final class ScriptLaunchDelegate extends LaunchConfigurationDelegate {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    @Override
    public void launch(ILaunchConfiguration config, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        LaunchSettings s = ConfigAttributes.read(config);
        Path file = ScriptFiles.location(s.script());
        Optional<String> problem = new LaunchCheck().problem(s, file);
        if (problem.isPresent()) {
            throw new CoreException(Status.error(problem.get()));
        }
        RunTarget target = target(s);
        Path transcript = Transcripts.resolve(s.transcript(), file);
        IFile script = ScriptFiles.file(s.script());

        String label = script.getName() + " [" + target.describe() + "]";
        ScriptProcess process = new ScriptProcess(launch, label);
        ScriptConsole console = new ScriptConsole(config.getName() + " [ATFlow Script] " + s.script() + " ("
                + STARTED.format(LocalDateTime.now()) + ")", launch);
        UrcRowDecoder decoder = new UrcRowDecoder(AtCatalog.standard());
        RunEventLines lines = new RunEventLines(new ScriptPaths(file, s.script()), new UrcExplainer(AtCatalog.standard()));
        ScriptRunner.Builder run = ScriptRunner.builder().script(file).target(target).transcript(transcript)
                .secrets(LaunchServices.secrets().storage());
        ScriptDebugTarget debug = ILaunchManager.DEBUG_MODE.equals(mode)
                ? ScriptDebugTargets.attach(launch, process, run, label) : null;
        run.listener(new RunSink(lines, console::append, LaunchServices.urcs(), decoder, config.getName(), result -> {
            console.finish();
            Transcripts.refresh(transcript);
            process.finished(result);
            if (debug != null) {
                debug.finished();
            }
        }));
        s.variables().forEach(run::variable);
        duration(s.scriptTimeout()).ifPresent(run::scriptTimeout);
        duration(s.commandTimeout()).ifPresent(run::commandTimeout);

        launch.addProcess(process);
        ScriptConsoles.add(console);
        RunHandle handle = run.start();
        process.attach(handle);
    }

    private static RunTarget target(LaunchSettings s) throws CoreException {
        try {
            return LaunchTargets.of(s);
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage()));
        }
    }

    private static Optional<Duration> duration(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(Durations.parse(text));
    }
}
