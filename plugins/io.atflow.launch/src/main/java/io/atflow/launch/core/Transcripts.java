package io.atflow.launch.core;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.variables.VariablesPlugin;

/**
 * The transcript file of a launch: string variables substituted ({@code ${workspace_loc:/p/run.log}}), a relative
 * path taken from the script's folder; the workspace is refreshed when the run ends so the file shows up.
 */
public final class Transcripts {
    private Transcripts() {
    }

    /** The transcript file, or null when none is configured. */
    public static Path resolve(String setting, Path script) throws CoreException {
        if (setting.isBlank()) {
            return null;
        }
        String text;
        try {
            text = VariablesPlugin.getDefault().getStringVariableManager().performStringSubstitution(setting);
        } catch (CoreException e) {
            throw new CoreException(Status.error("Transcript " + setting + ": " + e.getStatus().getMessage()));
        }
        Path p = Path.of(text);
        return p.isAbsolute() ? p : script.toAbsolutePath().getParent().resolve(p).normalize();
    }

    /** Makes a transcript written inside the workspace visible there. */
    public static void refresh(Path transcript) {
        if (transcript == null) {
            return;
        }
        // handles of every workspace file at that location, whether the workspace knew it or not
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(transcript.toUri())) {
            try {
                f.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                // the workspace is shutting down; the file is on disk anyway
            }
        }
    }
}
