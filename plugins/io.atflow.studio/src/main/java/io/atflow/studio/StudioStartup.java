package io.atflow.studio;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.ide.IDE;

/**
 * ATFlow Studio's first start: when the system property {@value #PROPERTY} names a folder of example scripts
 * ({@code ./atflow studio} sets it), that folder becomes the {@value StudioExamples#PROJECT} project with a ready
 * launch configuration, and the first time it is imported the ATFlow perspective opens with the property-post
 * example. Without the property nothing happens.
 */
public final class StudioStartup implements IStartup {
    /** System property naming the examples folder to import. */
    public static final String PROPERTY = "atflow.studio.examples";
    /** The ATFlow perspective (of io.atflow.launch). */
    private static final String PERSPECTIVE = "io.atflow.launch.perspective";

    @Override
    public void earlyStartup() {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || folder.isBlank() || !Files.isDirectory(Path.of(folder))) {
            return;
        }
        new WorkspaceJob("Importing the ATFlow examples") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                boolean first = !org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                        .getProject(StudioExamples.PROJECT).exists();
                IProject project = StudioExamples.importProject(Path.of(folder), monitor);
                if (first) {
                    show(project.getFile(StudioExamples.EXAMPLE));
                }
                return Status.OK_STATUS;
            }
        }.schedule();
    }

    private static void show(IFile example) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null) {
                return;
            }
            try {
                IWorkbenchPage page = workbench.showPerspective(PERSPECTIVE, window);
                if (example.exists()) {
                    IDE.openEditor(page, example);
                }
            } catch (WorkbenchException e) {
                ILog.of(StudioStartup.class).warn("cannot open the ATFlow perspective: " + e.getMessage());
            }
        });
    }
}
