package io.atflow.ui.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IResourceVisitor;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.util.CancelIndicator;

import io.atflow.ui.language.Problem;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.language.ScriptSnapshot;
import io.atflow.secrets.WorkbenchSecrets;

/**
 * Problems-view markers for every {@code .atflow} file of the workspace, open or not: validates all scripts when the
 * workbench starts, then each script whose content changes, the scripts of its project that include it, the scripts of
 * projects that are opened, and all scripts when secrets change. A file open in an editor with unsaved changes is left
 * to the editor's reconciler, which keeps its markers up to date as the user types.
 */
public final class WorkspaceValidator extends Job implements IResourceChangeListener {
    private static final ILog LOG = ILog.of(WorkspaceValidator.class);
    private final Set<IFile> queue = new LinkedHashSet<>();
    private final Runnable secretsChanged = this::validateAll;
    private final ScriptLanguage language;
    private final WorkbenchSecrets secrets;

    /** A validator checking with {@code language}, again when {@code secrets} change; {@link #start()} starts it. */
    public WorkspaceValidator(ScriptLanguage language, WorkbenchSecrets secrets) {
        super("Checking ATFlow scripts");
        this.language = language;
        this.secrets = secrets;
        setSystem(true);
    }

    /** Starts listening and checks every script of the workspace. */
    public void start() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        secrets.addListener(secretsChanged);
        validateAll();
    }

    public void stop() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        secrets.removeListener(secretsChanged);
        cancel();
    }

    /** Checks a file soon (e.g. after its editor closed without saving). */
    public void validateSoon(IFile file) {
        enqueue(List.of(file));
    }

    private void validateAll() {
        List<IFile> files = new ArrayList<>();
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            files.addAll(scripts(p));
        }
        enqueue(files);
    }

    private void enqueue(List<IFile> files) {
        if (files.isEmpty()) {
            return;
        }
        synchronized (queue) {
            queue.addAll(files);
        }
        schedule(100);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        List<IFile> changed = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> {
                IResource r = delta.getResource();
                if (r instanceof IProject p && (delta.getFlags() & IResourceDelta.OPEN) != 0 && p.isOpen()) {
                    changed.addAll(scripts(p));
                    return false;
                }
                if (r instanceof IFile f && isScript(f) && (delta.getKind() == IResourceDelta.ADDED
                        || (delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags()
                                & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0))) {
                    changed.add(f);
                }
                return true;
            });
        } catch (CoreException e) {
            LOG.error("Cannot read a workspace change", e);
        }
        enqueue(changed);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            IFile file;
            synchronized (queue) {
                if (queue.isEmpty()) {
                    return Status.OK_STATUS;
                }
                file = queue.iterator().next();
                queue.remove(file);
            }
            boolean done;
            try {
                done = validate(file, monitor);
            } catch (RuntimeException e) {
                LOG.error("Checking " + file.getFullPath() + " failed", e);
                done = false;
            }
            if (done) {
                List<IFile> includers = includers(file);
                synchronized (queue) {
                    queue.addAll(includers);
                }
            }
        }
        return Status.CANCEL_STATUS;
    }

    /** Validates one file from disk; true when its markers were updated. */
    private boolean validate(IFile file, IProgressMonitor monitor) {
        if (!file.exists() || EditorBuffers.isOpenAndDirty(file)) {
            return false;
        }
        String text;
        long stamp = file.getModificationStamp();
        try {
            text = read(file);
        } catch (IOException | CoreException e) {
            return false;
        }
        ScriptSnapshot snapshot = language.parse(ScriptDocuments.uriOf(file), text, file.getModificationStamp());
        CancelIndicator cancel = monitor::isCanceled;
        List<Problem> problems = language.validate(snapshot, cancel);
        if (problems == null || EditorBuffers.isOpenAndDirty(file)) {
            // edited while this ran: the editor's reconciler posts the markers of the new text; posting the disk's
            // problems after it would bring back a problem the user just fixed (MarkerUpdates checks again)
            return false;
        }
        MarkerUpdates.postFromDisk(file, problems, stamp);
        return true;
    }


    /** Other scripts of the project that mention the file's name (its includers, and a few more). */
    private static List<IFile> includers(IFile file) {
        List<IFile> out = new ArrayList<>();
        if (file.getProject() == null || !file.getProject().isOpen()) {
            return out;
        }
        for (IFile other : scripts(file.getProject())) {
            try {
                if (!other.equals(file) && read(other).contains(file.getName())) {
                    out.add(other);
                }
            } catch (IOException | CoreException e) {
                // unreadable: its own validation reports it
            }
        }
        return out;
    }

    private static List<IFile> scripts(IProject project) {
        List<IFile> out = new ArrayList<>();
        if (!project.isOpen()) {
            return out;
        }
        try {
            project.accept((IResourceVisitor) r -> {
                if (r instanceof IFile f && isScript(f)) {
                    out.add(f);
                }
                return !r.isDerived() || r instanceof IProject;
            });
        } catch (CoreException e) {
            LOG.error("Cannot list the scripts of " + project.getName(), e);
        }
        return out;
    }

    static boolean isScript(IFile f) {
        return ScriptLanguage.EXTENSION.equals(f.getFileExtension());
    }

    private static String read(IFile file) throws IOException, CoreException {
        Charset charset;
        try {
            charset = Charset.forName(file.getCharset());
        } catch (IllegalArgumentException e) {
            charset = StandardCharsets.UTF_8;
        }
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), charset);
        }
    }
}
