package io.atflow.ui.markers;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import io.atflow.lang.load.Diagnostic;
import io.atflow.ui.language.Problem;

/**
 * The Problems-view markers of a script ({@value #TYPE}, a problem and text marker): one per {@link Problem}, with its
 * issue code and data so that quick fixes work on files that are not open.
 */
public final class ProblemMarkers {
    /** The marker type of ATFlow problems. */
    public static final String TYPE = "io.atflow.ui.problem";
    /** Marker attribute: the issue code ({@code atflow.password-mismatch}). */
    public static final String CODE = "code";
    /** Marker attribute: the issue data, separated by {@value #SEPARATOR}. */
    public static final String DATA = "data";
    private static final String SEPARATOR = "\u001f";

    private ProblemMarkers() {
    }

    /** Replaces the markers of {@code file} with {@code problems}; does nothing when they are the same. */
    public static void replace(IFile file, List<Problem> problems) throws CoreException {
        if (!file.exists()) {
            return;
        }
        IMarker[] existing = file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
        if (same(existing, problems)) {
            return;
        }
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Problem p : problems) {
            file.createMarker(TYPE, attributes(p));
        }
    }

    public static Problem problem(IMarker m) {
        int start = m.getAttribute(IMarker.CHAR_START, 0);
        int end = m.getAttribute(IMarker.CHAR_END, start);
        String data = m.getAttribute(DATA, "");
        Diagnostic.Severity severity = switch (m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR)) {
            case IMarker.SEVERITY_ERROR -> Diagnostic.Severity.ERROR;
            case IMarker.SEVERITY_WARNING -> Diagnostic.Severity.WARNING;
            default -> Diagnostic.Severity.INFO;
        };
        return new Problem(severity, m.getAttribute(IMarker.MESSAGE, ""), m.getAttribute(CODE, ""), start, end - start,
                m.getAttribute(IMarker.LINE_NUMBER, 1), data.isEmpty() ? List.of() : Arrays.asList(data.split(SEPARATOR)));
    }

    static Map<String, Object> attributes(Problem p) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.SEVERITY, switch (p.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        a.put(IMarker.MESSAGE, p.message());
        a.put(IMarker.CHAR_START, p.offset());
        a.put(IMarker.CHAR_END, p.offset() + p.length());
        a.put(IMarker.LINE_NUMBER, p.line());
        a.put(IMarker.LOCATION, "line " + p.line());
        a.put(IMarker.SOURCE_ID, "ATFlow");
        a.put(CODE, p.code());
        a.put(DATA, String.join(SEPARATOR, p.data()));
        return a;
    }

    private static boolean same(IMarker[] existing, List<Problem> problems) throws CoreException {
        if (existing.length != problems.size()) {
            return false;
        }
        Set<Map<String, Object>> have = new HashSet<>();
        for (IMarker m : existing) {
            have.add(m.getAttributes());
        }
        for (Problem p : problems) {
            if (!have.contains(attributes(p))) {
                return false;
            }
        }
        return true;
    }
}
