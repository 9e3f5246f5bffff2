package io.atflow.launch.core;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/** Scripts of launch configurations are named by their workspace path, e.g. {@code /ATFlow Examples/x.atflow}. */
public final class ScriptFiles {
    private ScriptFiles() {
    }

    /** The workspace file at {@code workspacePath}, or null when there is none. */
    public static IFile file(String workspacePath) {
        if (workspacePath == null || workspacePath.isBlank() || !IPath.ROOT.isValidPath(workspacePath)) {
            return null;
        }
        IPath path = IPath.fromPortableString(workspacePath.strip());
        if (path.segmentCount() < 2) {
            return null;
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        return r instanceof IFile f ? f : null;
    }

    /** Where the script is on disk, or null when it is not in the workspace or not on the local file system. */
    public static Path location(String workspacePath) {
        IFile f = file(workspacePath);
        return f == null || f.getLocation() == null ? null : f.getLocation().toPath();
    }

    /** The workspace path stored in launch configurations. */
    public static String workspacePath(IFile file) {
        return file.getFullPath().toPortableString();
    }
}
