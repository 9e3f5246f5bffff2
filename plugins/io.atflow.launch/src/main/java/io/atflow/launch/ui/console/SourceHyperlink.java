package io.atflow.launch.ui.console;

import java.io.File;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IHyperlink;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Opens a script at a line: the workspace file of a workspace path, the workspace file at a file system location,
 * or else the file itself. A location that no longer exists is said on the console's status line.
 */
final class SourceHyperlink implements IHyperlink {
    private final String path;
    private final int line;

    SourceHyperlink(String path, int line) {
        this.path = path;
        this.line = line;
    }

    @Override
    public void linkActivated() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IWorkbenchPart from = page.getActivePart();
        try {
            IEditorPart editor = open(page);
            if (editor == null) {
                status(from, path + " no longer exists.");
            } else if (editor.getAdapter(ITextEditor.class) instanceof ITextEditor text) {
                reveal(text);
            }
        } catch (PartInitException e) {
            status(from, "Cannot open " + path + ": " + e.getMessage());
        }
    }

    private IEditorPart open(IWorkbenchPage page) throws PartInitException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IResource member = root.findMember(path);
        if (member instanceof IFile file) {
            return IDE.openEditor(page, file);
        }
        File onDisk = new File(path);
        for (IFile file : root.findFilesForLocationURI(onDisk.toURI())) {
            if (file.exists()) {
                return IDE.openEditor(page, file);
            }
        }
        return onDisk.isFile() ? IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(onDisk.toURI()))
                : null;
    }

    private void reveal(ITextEditor editor) {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        try {
            IRegion r = document.getLineInformation(Math.min(line, document.getNumberOfLines()) - 1);
            editor.selectAndReveal(r.getOffset(), r.getLength());
        } catch (BadLocationException e) {
            // the file changed since the run; it is open, at its start
        }
    }

    private static void status(IWorkbenchPart part, String message) {
        if (part instanceof IViewPart view) {
            view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    @Override
    public void linkEntered() {
    }

    @Override
    public void linkExited() {
    }
}
