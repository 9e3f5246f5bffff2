package io.atflow.launch.debug;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IStackFrame;

/**
 * Finds the script of a frame: the workspace file at that location (so the editor shows markers and breakpoints),
 * else the file itself as a file store (a script or include outside the workspace).
 */
public final class ScriptSourceLocator implements ISourceLocator {

    @Override
    public Object getSourceElement(IStackFrame frame) {
        return frame instanceof ScriptStackFrame f ? element(f.frame().file()) : null;
    }

    /** The workspace file at {@code file}, else its {@link org.eclipse.core.filesystem.IFileStore}; null for none. */
    public static Object element(Path file) {
        if (file == null) {
            return null;
        }
        Path absolute = file.toAbsolutePath().normalize();
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(absolute.toUri())) {
            if (f.isAccessible()) {
                return f;
            }
        }
        return EFS.getLocalFileSystem().getStore(absolute.toUri());
    }
}
