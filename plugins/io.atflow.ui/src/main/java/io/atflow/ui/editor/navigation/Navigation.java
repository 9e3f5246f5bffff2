package io.atflow.ui.editor.navigation;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import io.atflow.ui.util.Shells;

/** Shows a range of a script: in the active editor when it is the same script, else in the script's editor. */
public final class Navigation {
    private Navigation() {
    }

    public static void reveal(URI target, URI current, int offset, int length) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = target.equals(current) ? page.getActiveEditor() : open(page, target);
        if (editor instanceof ITextEditor text) {
            text.selectAndReveal(offset, length);
        }
    }

    private static IEditorPart open(IWorkbenchPage page, URI target) {
        java.net.URI uri = java.net.URI.create(target.toString());
        try {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri);
            if (files.length > 0) {
                return IDE.openEditor(page, files[0]);
            }
            return IDE.openEditorOnFileStore(page, EFS.getStore(uri));
        } catch (PartInitException e) {
            MessageDialog.openError(Shells.active(), "Open Declaration", "Cannot open " + target.toFileString() + ": "
                    + e.getMessage());
        } catch (org.eclipse.core.runtime.CoreException e) {
            MessageDialog.openError(Shells.active(), "Open Declaration", "Cannot open " + target + ": " + e.getMessage());
        }
        return null;
    }
}
