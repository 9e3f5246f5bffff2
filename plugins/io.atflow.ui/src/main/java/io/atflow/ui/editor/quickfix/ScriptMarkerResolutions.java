package io.atflow.ui.editor.quickfix;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import io.atflow.ui.AtFlowUi;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.markers.ProblemMarkers;
import io.atflow.ui.language.ScriptLanguage;

/** "Quick Fix" on ATFlow markers in the Problems view: the same fixes as Ctrl+1, from {@link EditorQuickFixes}. */
public class ScriptMarkerResolutions implements IMarkerResolutionGenerator2 {
    private final ScriptLanguage language = AtFlowUi.getDefault().language();

    @Override
    public boolean hasResolutions(IMarker marker) {
        return EditorQuickFixes.canFix(marker.getAttribute(ProblemMarkers.CODE, ""));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return fixes(marker).stream().map(f -> new QuickFixMarkerResolution(f.label(), f.description(), language))
                .toArray(IMarkerResolution[]::new);
    }

    /** The fixes of a marker's problem in its file as it is now. */
    private List<EditorQuickFix> fixes(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file) || !marker.exists()) {
            return List.of();
        }
        try (ScriptBuffer buffer = ScriptBuffer.connect(file)) {
            return EditorQuickFixes.forProblem(language, ScriptDocuments.current(buffer.document(), language),
                    ProblemMarkers.problem(marker));
        } catch (CoreException e) {
            AtFlowUi.log("Cannot read " + file.getFullPath() + " for its quick fixes", e);
            return List.of();
        }
    }
}
