package io.atflow.ui.markers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.atflow.ui.AtFlowUi;
import io.atflow.ui.language.Problem;

/**
 * Writes markers off the caller's thread: the latest problems per file wait here and one system job applies them in a
 * single workspace operation, so a reconciler or a resource listener never blocks on the workspace lock. The operation
 * notifies at its end (no {@code AVOID_UPDATE}, whose batched notification would delay editor annotations by up to a
 * second and a half).
 */
public final class MarkerUpdates extends Job {
    private static final MarkerUpdates JOB = new MarkerUpdates();
    private final Map<IFile, List<Problem>> pending = new LinkedHashMap<>();

    private MarkerUpdates() {
        super("Updating ATFlow problem markers");
        setSystem(true);
    }

    /** Schedules {@code problems} to become the markers of {@code file}. */
    public static void post(IFile file, List<Problem> problems) {
        synchronized (JOB.pending) {
            JOB.pending.put(file, List.copyOf(problems));
        }
        JOB.schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Map<IFile, List<Problem>> batch;
        synchronized (pending) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
        }
        if (batch.isEmpty()) {
            return Status.OK_STATUS;
        }
        try {
            ResourcesPlugin.getWorkspace().run(m -> {
                for (Map.Entry<IFile, List<Problem>> e : batch.entrySet()) {
                    ProblemMarkers.replace(e.getKey(), e.getValue());
                }
            }, null, 0, monitor);
        } catch (CoreException e) {
            AtFlowUi.log("Cannot update the problem markers of " + batch.keySet(), e);
        }
        return Status.OK_STATUS;
    }
}
