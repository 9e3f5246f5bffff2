package io.atflow.ui.tests.editor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.markers.ProblemMarkers;

import io.atflow.ui.tests.support.UiWait;

/**
 * Helpers of the editor tests: a workspace project with scripts, editors, and waiting for conditions while the UI
 * thread processes events. Bounds only turn a hang into a failure; no test asserts a duration.
 */
final class Ui {
    /** The workspace projects of the editor tests (other test packages have their own). */
    static final List<String> PROJECTS = List.of("reconcile", "fixes", "assist", "commands", "outline", "colors",
            "navigation", "wizard", "bench", "screenshot", "registration");

    private Ui() {
    }

    static Display display() {
        return Display.getCurrent();
    }

    static void until(BooleanSupplier condition, Supplier<String> what) {
        UiWait.until(condition, what);
    }

    static void until(BooleanSupplier condition, String what) {
        UiWait.until(condition, what);
    }

    static void drain() {
        UiWait.drain();
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    static IProject project(String name) throws CoreException {
        if (!PROJECTS.contains(name)) {
            throw new IllegalArgumentException("not an editor test project: " + name);
        }
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!p.exists()) {
            p.create(null);
        }
        if (!p.isOpen()) {
            p.open(null);
        }
        return p;
    }

    static IFile file(IProject project, String path, String text) throws CoreException {
        IFile f = project.getFile(path);
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            f.create(in, true, null);
        }
        return f;
    }

    static ScriptEditor open(IFile file) throws CoreException {
        ScriptEditor editor = (ScriptEditor) IDE.openEditor(page(), file, ScriptEditor.ID, true);
        drain();
        return editor;
    }

    /** Waits until the editor has reconciled the document as it is now. */
    static void reconciled(ScriptEditor editor) {
        IDocument doc = editor.document();
        until(() -> editor.lastReconcile() != null
                && editor.lastReconcile().snapshot().stamp() == ScriptDocuments.stamp(doc), "the editor to reconcile");
    }

    static List<IMarker> markers(IFile file) {
        try {
            return Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IMarker> markers(IFile file, String code) {
        return markers(file).stream().filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
    }

    static String describe(IFile file) {
        return markers(file).stream().map(m -> m.getAttribute(ProblemMarkers.CODE, "") + " "
                + m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
    }

    static void closeEditors() {
        page().closeAllEditors(false);
        drain();
    }
}
