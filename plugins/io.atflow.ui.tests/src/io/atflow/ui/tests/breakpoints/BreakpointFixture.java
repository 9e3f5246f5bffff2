package io.atflow.ui.tests.breakpoints;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.atflow.launch.debug.breakpoints.BreakpointMarkers;
import io.atflow.launch.debug.breakpoints.LineBreakpoints;
import io.atflow.launch.debug.breakpoints.ScriptLineBreakpoint;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.tests.support.RepositoryExamples;
import io.atflow.ui.tests.support.UiWait;

/** A project with the repository's examples, the ATFlow editor on one, and the ruler as a person uses it. */
final class BreakpointFixture {
    static final String PROJECT = "breakpoints";

    private BreakpointFixture() {
    }

    static IBreakpointManager manager() {
        return DebugPlugin.getDefault().getBreakpointManager();
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** A fresh copy of {@code examples/name} (edits of earlier tests undone), with no ATFlow breakpoints anywhere. */
    static IFile example(String name) throws CoreException, IOException {
        page().closeAllEditors(false);
        removeAll();
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!p.exists()) {
            p.create(null);
        }
        if (!p.isOpen()) {
            p.open(null);
        }
        IFolder folder = p.getFolder("examples");
        if (folder.exists()) {
            folder.delete(true, null);
        }
        RepositoryExamples.copyInto(folder.getLocation().toPath());
        folder.refreshLocal(IResource.DEPTH_INFINITE, null);
        return folder.getFile(name);
    }

    static void removeAll() throws CoreException {
        manager().removeBreakpoints(manager().getBreakpoints(BreakpointMarkers.MODEL), true);
    }

    static ScriptEditor open(IFile file) throws CoreException {
        ScriptEditor editor = (ScriptEditor) IDE.openEditor(page(), file, ScriptEditor.ID, true);
        UiWait.drain();
        return editor;
    }

    static List<ScriptLineBreakpoint> lineBreakpoints(IFile file) {
        return LineBreakpoints.of(manager(), file);
    }

    /** The 1-based lines of the line breakpoints' markers of {@code file}, sorted. */
    static List<Integer> markerLines(IFile file) {
        return lineBreakpoints(file).stream().map(b -> b.getMarker().getAttribute(IMarker.LINE_NUMBER, -1)).sorted()
                .toList();
    }

    /** Puts the caret at the start of 1-based {@code line} (revealed). */
    static void caret(ScriptEditor editor, int line) throws BadLocationException {
        editor.selectAndReveal(editor.document().getLineOffset(line - 1), 0);
        UiWait.drain();
    }

    /**
     * Double-clicks with the left button into the editor's annotation ruler beside 1-based {@code line}: the mouse
     * events SWT delivers for a real double-click, at the line's height.
     */
    static void doubleClickRuler(ScriptEditor editor, int line) throws BadLocationException {
        caret(editor, line);
        ISourceViewer viewer = editor.sourceViewer();
        StyledText text = viewer.getTextWidget();
        int widgetLine = ((ITextViewerExtension5) viewer).modelLine2WidgetLine(line - 1);
        IVerticalRulerInfo ruler = editor.getAdapter(IVerticalRulerInfo.class);
        Control column = firstColumn(ruler.getControl());
        Point at = text.getDisplay().map(text, column, 2, text.getLinePixel(widgetLine) + text.getLineHeight() / 2);
        mouse(column, SWT.MouseDown, at, 1);
        mouse(column, SWT.MouseUp, at, 1);
        mouse(column, SWT.MouseDown, at, 2);
        mouse(column, SWT.MouseDoubleClick, at, 2);
        mouse(column, SWT.MouseUp, at, 2);
        UiWait.drain();
    }

    private static Control firstColumn(Control ruler) {
        if (ruler instanceof Composite c && c.getChildren().length > 0) {
            return c.getChildren()[0];
        }
        return ruler;
    }

    private static void mouse(Control target, int type, Point at, int count) {
        Event e = new Event();
        e.button = 1;
        e.count = count;
        e.x = at.x;
        e.y = at.y;
        e.widget = target;
        target.notifyListeners(type, e);
    }

    static IDocument document(ScriptEditor editor) {
        return editor.document();
    }
}
