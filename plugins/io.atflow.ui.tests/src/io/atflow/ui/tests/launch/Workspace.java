package io.atflow.ui.tests.launch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import io.atflow.ui.tests.support.RepositoryExamples;

/** A workspace project with the repository's examples, and scripts written by tests. */
final class Workspace {
    static final String PROJECT = "launch-tests";

    private Workspace() {
    }

    static IProject project() throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!p.exists()) {
            p.create(null);
        }
        if (!p.isOpen()) {
            p.open(null);
        }
        return p;
    }

    /** The repository's {@code examples/} folder copied into the project (once). */
    static IFolder examples() throws CoreException, IOException {
        IFolder folder = project().getFolder("examples");
        if (!folder.exists()) {
            RepositoryExamples.copyInto(folder.getLocation().toPath());
            folder.refreshLocal(IResource.DEPTH_INFINITE, null);
        }
        return folder;
    }

    static IFile example(String name) throws CoreException, IOException {
        return examples().getFile(name);
    }

    /** Writes {@code text} into the project (replacing a file of that name). */
    static IFile script(String name, String text) throws CoreException {
        IFile f = project().getFile(name);
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            f.create(in, true, null);
        }
        return f;
    }
}
