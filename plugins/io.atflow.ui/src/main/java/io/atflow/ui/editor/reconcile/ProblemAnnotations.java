package io.atflow.ui.editor.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import io.atflow.ui.language.Problem;
import io.atflow.ui.markers.ProblemMarkers;

/** Problems shown in an editor: the ATFlow marker annotations of workspace files and {@link ProblemAnnotation}s. */
public final class ProblemAnnotations {
    private ProblemAnnotations() {
    }

    /** The problem behind an annotation at its current position, or null for other annotations. */
    public static Problem problem(Annotation a, IAnnotationModel model) {
        Position p = model.getPosition(a);
        if (p == null || a.isMarkedDeleted()) {
            return null;
        }
        if (a instanceof ProblemAnnotation pa) {
            return pa.problem().at(p.getOffset(), p.getLength());
        }
        if (a instanceof MarkerAnnotation ma) {
            IMarker m = ma.getMarker();
            try {
                return m.exists() && m.isSubtypeOf(ProblemMarkers.TYPE) ? ProblemMarkers.problem(m).at(p.getOffset(),
                        p.getLength()) : null;
            } catch (CoreException e) {
                return null;
            }
        }
        return null;
    }

    /** Problems whose range contains {@code offset} (ends included). */
    public static List<Problem> at(IAnnotationModel model, int offset) {
        List<Problem> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Problem p = problem(it.next(), model);
            if (p != null && p.offset() <= offset && offset <= p.offset() + p.length()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Problems that start or end in {@code [from, to]}. */
    public static List<Problem> within(IAnnotationModel model, int from, int to) {
        List<Problem> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Problem p = problem(it.next(), model);
            if (p != null && p.offset() <= to && p.offset() + p.length() >= from) {
                out.add(p);
            }
        }
        return out;
    }

    /** Replaces the {@link ProblemAnnotation}s of {@code model} with {@code problems}. */
    public static void show(IAnnotationModel model, List<Problem> problems) {
        List<Annotation> old = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof ProblemAnnotation) {
                old.add(a);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Problem p : problems) {
            added.put(new ProblemAnnotation(p), new Position(p.offset(), p.length()));
        }
        if (model instanceof IAnnotationModelExtension ext) {
            ext.replaceAnnotations(old.toArray(Annotation[]::new), added);
        } else {
            old.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
    }
}
