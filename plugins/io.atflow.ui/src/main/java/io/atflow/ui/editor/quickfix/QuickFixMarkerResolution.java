package io.atflow.ui.editor.quickfix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;

import io.atflow.ui.ScriptImages;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.markers.ProblemMarkers;
import io.atflow.ui.util.Shells;
import io.atflow.ui.language.ScriptLanguage;

/**
 * One fix offered for a marker. It is computed again when run (the file may have changed since the list was shown)
 * and applied to the file's buffer; a file that is not open in an editor is saved.
 */
final class QuickFixMarkerResolution implements IMarkerResolution2 {
    private final String label;
    private final String description;
    private final ScriptLanguage language;

    QuickFixMarkerResolution(String label, String description, ScriptLanguage language) {
        this.label = label;
        this.description = description;
        this.language = language;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Image getImage() {
        return ScriptImages.get(ScriptImages.FIX);
    }

    @Override
    public void run(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return;
        }
        try (ScriptBuffer buffer = ScriptBuffer.connect(file)) {
            EditorQuickFix fix = EditorQuickFixes.forProblem(language, ScriptDocuments.current(buffer.document(), language),
                    ProblemMarkers.problem(marker)).stream().filter(f -> f.label().equals(label)).findFirst().orElse(null);
            if (fix == null) {
                MessageDialog.openInformation(Shells.active(), "Quick Fix", "\"" + label + "\" no longer applies to "
                        + file.getName() + "; the file changed since the fixes were listed.");
                return;
            }
            if (fix.apply(buffer.document(), Shells.active())) {
                buffer.saveIfPrivate();
            }
        } catch (CoreException e) {
            MessageDialog.openError(Shells.active(), "Quick Fix", "Cannot change " + file.getFullPath() + ": "
                    + e.getStatus().getMessage());
        }
    }
}
