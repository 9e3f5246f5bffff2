package io.atflow.ui.editor.folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;

import io.atflow.lang.ide.folding.FoldingRegion;

/**
 * Keeps the projection (folding) annotations in line with the language's folding regions, widened to whole lines.
 * Regions that stay the same keep their annotation, so folded parts stay folded while the user types.
 */
public final class FoldingUpdater {
    private FoldingUpdater() {
    }

    public static void update(ProjectionAnnotationModel model, IDocument document, List<FoldingRegion> regions) {
        Map<Position, Annotation> existing = new HashMap<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof ProjectionAnnotation && model.getPosition(a) != null) {
                Position p = model.getPosition(a);
                existing.put(new Position(p.getOffset(), p.getLength()), a);
            }
        }
        Map<Annotation, Position> additions = new HashMap<>();
        for (FoldingRegion r : regions) {
            Position p = lines(document, r);
            if (p != null && existing.remove(p) == null && !additions.containsValue(p)) {
                additions.put(new ProjectionAnnotation(), p);
            }
        }
        List<Annotation> deletions = new ArrayList<>(existing.values());
        if (!deletions.isEmpty() || !additions.isEmpty()) {
            model.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, null);
        }
    }

    /** The whole lines of a region, or null when it covers one line. */
    static Position lines(IDocument document, FoldingRegion r) {
        try {
            int first = document.getLineOfOffset(r.offset());
            int last = document.getLineOfOffset(Math.min(document.getLength(), r.end()));
            if (last <= first) {
                return null;
            }
            int start = document.getLineOffset(first);
            int end = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
            return new Position(start, end - start);
        } catch (BadLocationException e) {
            return null;
        }
    }
}
