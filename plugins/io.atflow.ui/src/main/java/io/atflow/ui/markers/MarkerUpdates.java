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
    private final Map<IFile, Update> pending = new LinkedHashMap<>();

    /** Problems for a file; {@code diskStamp} is the modification stamp of the text they came from, or -1 (editor). */
    private record Update(List<Problem> problems, long diskStamp) {
        boolean fromDisk() {
            return diskStamp != -1;
        }

        /** A check of the file on disk is stale once the file changed or an editor holds newer text. */
        boolean stillValid(IFile file) {
            return !fromDisk() || file.getModificationStamp() == diskStamp && !EditorBuffers.isOpenAndDirty(file);
        }
    }

    private MarkerUpdates() {
        super("Updating ATFlow problem markers");
        setSystem(true);
        setPriority(INTERACTIVE); // ahead of long-running jobs: the editor's annotations follow these markers
    }

    /** Schedules {@code problems} (of the editor's text) to become the markers of {@code file}. */
    public static void post(IFile file, List<Problem> problems) {
        synchronized (JOB.pending) {
            JOB.pending.put(file, new Update(List.copyOf(problems), -1));
        }
        JOB.schedule();
    }

    /**
     * Schedules the problems of {@code file}'s text on disk as it was at {@code stamp}; dropped when the editor's
     * problems are waiting, or when by the time they would be written the file changed or an editor holds unsaved
     * text (its reconciler posts the markers of that text, and the disk's must not overwrite them).
     */
    public static void postFromDisk(IFile file, List<Problem> problems, long stamp) {
        synchronized (JOB.pending) {
            Update waiting = JOB.pending.get(file);
            if (waiting != null && !waiting.fromDisk()) {
                return;
            }
            JOB.pending.put(file, new Update(List.copyOf(problems), stamp));
        }
        JOB.schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Map<IFile, Update> batch;
        synchronized (pending) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
        }
        if (batch.isEmpty()) {
            return Status.OK_STATUS;
        }
        try {
            ResourcesPlugin.getWorkspace().run(m -> {
                for (Map.Entry<IFile, Update> e : batch.entrySet()) {
                    if (e.getValue().stillValid(e.getKey())) {
                        ProblemMarkers.replace(e.getKey(), e.getValue().problems());
                    }
                }
            }, null, 0, monitor);
        } catch (CoreException e) {
            AtFlowUi.log("Cannot update the problem markers of " + batch.keySet(), e);
        }
        return Status.OK_STATUS;
    }
}
