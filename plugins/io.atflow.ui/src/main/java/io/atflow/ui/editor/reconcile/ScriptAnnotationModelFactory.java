package io.atflow.ui.editor.reconcile;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;

/**
 * Gives the text file buffers of workspace scripts a {@link ScriptAnnotationModel}; a script outside the workspace
 * gets a plain model (it has no markers; the reconciler's annotations are all it shows).
 */
public final class ScriptAnnotationModelFactory implements IAnnotationModelFactory {
    @Override
    public IAnnotationModel createAnnotationModel(IPath location) {
        IFile file = FileBuffers.getWorkspaceFileAtLocation(location);
        return file != null ? new ScriptAnnotationModel(file) : new AnnotationModel();
    }
}
