package io.atflow.studio;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.IDebugUIConstants;

import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.core.ConfigAttributes;
import io.atflow.launch.core.LaunchConfigs;
import io.atflow.launch.core.ScriptFiles;

/**
 * The "ATFlow Examples" project of ATFlow Studio: the example scripts in a folder on disk become a workspace project,
 * with a shared launch configuration (a Run-menu favourite) that runs the property-post example against the
 * simulated module.
 */
public final class StudioExamples {
    /** The project's name. */
    public static final String PROJECT = "ATFlow Examples";
    /** The example the ready launch configuration runs. */
    public static final String EXAMPLE = "7-property-post.atflow";
    /** The ready launch configuration's name. */
    public static final String CONFIG = "Property post on the simulated module";

    private StudioExamples() {
    }

    /**
     * Imports {@code folder} as {@link #PROJECT} (created, or opened if it exists) and adds the launch configuration
     * when the project has none.
     *
     * @return the project
     */
    public static IProject importProject(Path folder, IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(PROJECT);
        if (!project.exists()) {
            IProjectDescription d = workspace.newProjectDescription(PROJECT);
            IPath location = IPath.fromFile(folder.toAbsolutePath().normalize().toFile());
            IPath defaultLocation = workspace.getRoot().getLocation().append(PROJECT);
            d.setLocation(location.equals(defaultLocation) ? null : location);
            project.create(d, monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        IFile example = project.getFile(EXAMPLE);
        if (example.exists() && LaunchConfigs.forScript(example).isEmpty()) {
            createConfig(project, example);
        }
        return project;
    }

    /** A configuration stored in the project (so it travels with it), marked as a Run-menu favourite. */
    static ILaunchConfiguration createConfig(IProject project, IFile example) throws CoreException {
        ILaunchConfigurationWorkingCopy wc = LaunchConfigs.type().newInstance(project, CONFIG);
        ConfigAttributes.write(LaunchSettings.defaults(ScriptFiles.workspacePath(example)), wc);
        wc.setMappedResources(new IResource[] { example });
        wc.setAttribute(IDebugUIConstants.ATTR_FAVORITE_GROUPS, List.of(IDebugUIConstants.ID_RUN_LAUNCH_GROUP));
        return wc.doSave();
    }
}
