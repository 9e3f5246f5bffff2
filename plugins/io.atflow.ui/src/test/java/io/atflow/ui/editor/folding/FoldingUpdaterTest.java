package io.atflow.ui.editor.folding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.folding.FoldingRegion;

/** Folding regions widen to whole lines; unchanged regions keep their annotations. */
class FoldingUpdaterTest {
    static final String TEXT = "a\nstep {\n  x\n}\nb\n";

    @Test
    void regionsCoverWholeLines() {
        Document doc = new Document(TEXT);
        int start = TEXT.indexOf("step") + 2;
        assertEquals(new Position(TEXT.indexOf("step"), TEXT.indexOf("b\n") - TEXT.indexOf("step")),
                FoldingUpdater.lines(doc, new FoldingRegion(start, TEXT.indexOf('}') + 1 - start, false)));
        assertNull(FoldingUpdater.lines(doc, new FoldingRegion(0, 1, false)));
    }

    @Test
    void sameRegionsKeepTheirAnnotations() {
        Document doc = new Document(TEXT);
        ProjectionAnnotationModel model = new ProjectionAnnotationModel();
        model.connect(doc);
        List<FoldingRegion> regions = List.of(new FoldingRegion(TEXT.indexOf("step"), TEXT.indexOf('}') + 1
                - TEXT.indexOf("step"), false));
        FoldingUpdater.update(model, doc, regions);
        List<Annotation> first = annotations(model);
        FoldingUpdater.update(model, doc, regions);
        assertEquals(first, annotations(model));
        assertEquals(1, first.size());
        FoldingUpdater.update(model, doc, List.of());
        assertEquals(List.of(), annotations(model));
    }

    static List<Annotation> annotations(ProjectionAnnotationModel model) {
        List<Annotation> out = new ArrayList<>();
        model.getAnnotationIterator().forEachRemaining(out::add);
        return out;
    }
}
