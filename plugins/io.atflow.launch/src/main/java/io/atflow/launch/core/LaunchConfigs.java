package io.atflow.launch.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

import io.atflow.launch.config.LaunchAttributes;
import io.atflow.launch.config.LaunchSettings;

/** Finds and creates "ATFlow Script" launch configurations. */
public final class LaunchConfigs {
    private LaunchConfigs() {
    }

    public static ILaunchConfigurationType type() {
        return manager().getLaunchConfigurationType(LaunchAttributes.TYPE_ID);
    }

    /** The configurations that run {@code file}. */
    public static List<ILaunchConfiguration> forScript(IFile file) throws CoreException {
        String path = ScriptFiles.workspacePath(file);
        List<ILaunchConfiguration> out = new ArrayList<>();
        for (ILaunchConfiguration c : manager().getLaunchConfigurations(type())) {
            if (path.equals(ConfigAttributes.read(c).script())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A new configuration running {@code file} against the simulated module, named after the file and mapped to it
     * (so it follows renames and shows up in the file's context).
     */
    public static ILaunchConfiguration create(IFile file) throws CoreException {
        ILaunchConfigurationWorkingCopy wc = newCopy(file);
        return wc.doSave();
    }

    /** An unsaved configuration for {@code file}, as {@link #create} makes it. */
    public static ILaunchConfigurationWorkingCopy newCopy(IFile file) throws CoreException {
        String base = file.getFullPath().removeFileExtension().lastSegment();
        ILaunchConfigurationWorkingCopy wc = type().newInstance(null, manager().generateLaunchConfigurationName(base));
        ConfigAttributes.write(LaunchSettings.defaults(ScriptFiles.workspacePath(file)), wc);
        wc.setMappedResources(new IResource[] { file });
        return wc;
    }

    private static ILaunchManager manager() {
        return DebugPlugin.getDefault().getLaunchManager();
    }
}
