package io.atflow.launch.debug;

import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

import io.atflow.launch.debug.breakpoints.BreakpointLabels;

/**
 * The debug model presentation of {@code io.atflow.debug}: labels of the target, thread and frames
 * ({@link DebugLabels}) and of breakpoints ({@link BreakpointLabels}), value details, and the editor of a script
 * element (the ATFlow editor, named by id): a workspace file or, for a script outside the workspace, a file store.
 */
public class ScriptModelPresentation extends LabelProvider implements IDebugModelPresentation {
    /** The ATFlow editor's id (the editor bundle is not required). */
    public static final String EDITOR_ID = "io.atflow.ui.editor";

    @Override
    public String getText(Object element) {
        String debug = DebugLabels.text(element);
        return debug != null ? debug : BreakpointLabels.text(element);
    }

    @Override
    public Image getImage(Object element) {
        return BreakpointLabels.image(element);
    }

    @Override
    public void setAttribute(String attribute, Object value) {
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String text;
        try {
            text = value.getValueString();
        } catch (org.eclipse.debug.core.DebugException e) {
            text = e.getStatus().getMessage();
        }
        listener.detailComputed(value, text);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        IMarker marker = element instanceof IBreakpoint b ? b.getMarker()
                : element instanceof IMarker m ? m : null;
        if (marker != null && marker.getResource() instanceof IFile file) {
            return new FileEditorInput(file);
        }
        if (element instanceof IFileStore store) {
            return new FileStoreEditorInput(store);
        }
        return element instanceof IFile file ? new FileEditorInput(file) : null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        return input instanceof FileEditorInput || input instanceof FileStoreEditorInput ? EDITOR_ID : null;
    }
}
