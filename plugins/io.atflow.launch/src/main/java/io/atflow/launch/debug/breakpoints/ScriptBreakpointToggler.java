package io.atflow.launch.debug.breakpoints;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Toggles ATFlow line breakpoints in the script editor (ruler double-click, Run > Toggle Breakpoint, Ctrl+Shift+B):
 * removes the breakpoint on the selected line, else creates one on the first statement starting on or after it.
 * On a line with no statement at or after it, nothing is created and the editor's status line says why.
 */
public final class ScriptBreakpointToggler implements IToggleBreakpointsTarget {
    private final IBreakpointManager manager;
    private final StatementLines statements;

    public ScriptBreakpointToggler(IBreakpointManager manager, StatementLines statements) {
        this.manager = manager;
        this.statements = statements;
    }

    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        ITextEditor editor = (ITextEditor) part;
        IFile file = file(part);
        if (file == null || !(selection instanceof ITextSelection text)) {
            return;
        }
        int line = text.getStartLine() + 1;
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        ScriptLineBreakpoint existing = shownAt(editor, document, file, line);
        if (existing != null) {
            existing.delete();
            return;
        }
        URI uri = URI.createFileURI(file.getLocation().toFile().getAbsolutePath());
        int target = statements.bind(uri, document.get(), line);
        if (target < 0) {
            status(editor, "No statement on or after line " + line + " of " + file.getName()
                    + ": a breakpoint needs a statement to stop at.");
            return;
        }
        if (shownAt(editor, document, file, target) != null) {
            return;
        }
        try {
            // the whole line, as the debug platform's marker updater keeps it on save
            IRegion region = document.getLineInformation(target - 1);
            new ScriptLineBreakpoint(file, target, region.getOffset(), region.getOffset() + region.getLength(), true);
        } catch (BadLocationException e) {
            throw new CoreException(new Status(IStatus.ERROR, "io.atflow.launch", "Line " + target + " of "
                    + file.getName() + " is not in the document.", e));
        }
        status(editor, null);
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        return file(part) != null && selection instanceof ITextSelection;
    }

    @Override
    public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
    }

    @Override
    public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    @Override
    public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
    }

    @Override
    public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    /**
     * The breakpoint shown on 1-based {@code line}: where the editor's annotation model has its marker now (edits not
     * yet saved included), else the marker's line.
     */
    private ScriptLineBreakpoint shownAt(ITextEditor editor, IDocument document, IFile file, int line) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        for (ScriptLineBreakpoint b : LineBreakpoints.of(manager, file)) {
            Position p = model instanceof AbstractMarkerAnnotationModel markers
                    ? markers.getMarkerPosition(b.getMarker()) : null;
            int shown = b.getMarker().getAttribute(IMarker.LINE_NUMBER, -1);
            if (p != null && !p.isDeleted()) {
                try {
                    shown = document.getLineOfOffset(p.getOffset()) + 1;
                } catch (BadLocationException e) {
                    // the position is outside the document: keep the marker's line
                }
            }
            if (shown == line) {
                return b;
            }
        }
        return null;
    }

    /** The workspace script an ATFlow text editor shows, or null. */
    static IFile file(IWorkbenchPart part) {
        if (!(part instanceof ITextEditor editor) || editor.getEditorInput() == null) {
            return null;
        }
        IFile file = editor.getEditorInput().getAdapter(IFile.class);
        return file != null && file.getLocation() != null ? file : null;
    }

    private static void status(ITextEditor editor, String message) {
        if (editor.getEditorSite() != null) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    /** The toggler of the workbench's breakpoint manager. */
    public static ScriptBreakpointToggler workbench() {
        return new ScriptBreakpointToggler(DebugPlugin.getDefault().getBreakpointManager(),
                new StatementLines(io.atflow.lang.AtFlowLanguage.loader()));
    }
}
