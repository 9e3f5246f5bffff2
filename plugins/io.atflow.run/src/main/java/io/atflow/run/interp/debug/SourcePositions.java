package io.atflow.run.interp.debug;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The file and line of a script element, as breakpoints and frames name them. */
final class SourcePositions {
    private SourcePositions() {
    }

    static Path normalize(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** The file {@code o} comes from, or null when it is not from a file. */
    static Path file(EObject o) {
        Resource r = o == null ? null : o.eResource();
        return r == null ? null : file(r);
    }

    static Path file(Resource r) {
        URI uri = r.getURI();
        return uri == null || !uri.isFile() ? null : normalize(Path.of(uri.toFileString()));
    }

    /** The 1-based line where {@code o} starts, or 0 when unknown. */
    static int line(EObject o) {
        ICompositeNode node = o == null ? null : NodeModelUtils.findActualNodeFor(o);
        return node == null ? 0 : node.getStartLine();
    }
}
