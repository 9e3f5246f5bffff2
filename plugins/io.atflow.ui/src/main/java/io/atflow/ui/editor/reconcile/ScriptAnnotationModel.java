package io.atflow.ui.editor.reconcile;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;

import io.atflow.ui.markers.ProblemMarkers;

/**
 * The annotation model of a workspace script's editor: every marker of the file (breakpoints, tasks, bookmarks, other
 * tools' problems) except ATFlow's own problem markers. The editor shows the reconciler's {@link ProblemAnnotation}s
 * for those the moment a check ends; the markers, written afterwards by a workspace job, feed the Problems view, and
 * showing them too would paint every problem twice and late.
 */
public final class ScriptAnnotationModel extends ResourceMarkerAnnotationModel {
    public ScriptAnnotationModel(IResource resource) {
        super(resource);
    }

    @Override
    protected boolean isAcceptable(IMarker marker) {
        try {
            return super.isAcceptable(marker) && !marker.isSubtypeOf(ProblemMarkers.TYPE);
        } catch (CoreException e) {
            return false; // the marker is gone
        }
    }
}
