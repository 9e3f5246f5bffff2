package io.atflow.run.interp;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * {@code file:line} of statements for messages: the main script by the path it was given
 * ({@code examples/x.atflow}), included files relative to it ({@code examples/common/network.atflow}).
 */
public final class Locations {
    private final Resource main;
    private final String mainPath;
    private final Map<Resource, String> paths = new ConcurrentHashMap<>();

    public Locations(Resource main, String mainPath) {
        this.main = main;
        this.mainPath = mainPath;
        if (main != null) {
            paths.put(main, mainPath);
        }
    }

    /** {@code file:line} of {@code o}, or the file alone when the line is unknown. */
    public String of(EObject o) {
        if (o == null) {
            return mainPath;
        }
        String file = o.eResource() == null ? mainPath : paths.computeIfAbsent(o.eResource(), this::display);
        ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
        return node == null ? file : file + ":" + node.getStartLine();
    }

    /** The source text of {@code o} as written (for messages), or null. */
    public static String text(EObject o) {
        ICompositeNode node = o == null ? null : NodeModelUtils.findActualNodeFor(o);
        return node == null ? null : NodeModelUtils.getTokenText(node);
    }

    /** The folder of the file {@code o} comes from, for {@code .atflow-secrets} next to it; null if not a file. */
    public static Path folder(EObject o) {
        Resource r = o == null ? null : o.eResource();
        if (r == null || r.getURI() == null || !r.getURI().isFile()) {
            return null;
        }
        return Path.of(r.getURI().toFileString()).toAbsolutePath().getParent();
    }

    private String display(Resource r) {
        URI uri = r.getURI();
        if (uri == null || !uri.isFile() || main == null || main.getURI() == null || !main.getURI().isFile()) {
            return uri == null ? "?" : uri.isFile() ? uri.toFileString() : uri.toString();
        }
        Path mainFile = Path.of(main.getURI().toFileString()).toAbsolutePath().normalize();
        Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
        Path relative = mainFile.getParent().relativize(file);
        Path shown = Path.of(mainPath).getParent();
        return (shown == null ? relative : shown.resolve(relative)).normalize().toString();
    }
}
