package io.atflow.lang.model;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Script;

/** Resolves {@code include "path"} relative to the including script. */
public final class Includes {
    private Includes() {
    }

    /** The URI an include refers to, or null when it cannot be resolved. */
    public static URI uri(Include include) {
        Resource r = include.eResource();
        if (r == null || include.getPath() == null || include.getPath().isBlank()) {
            return null;
        }
        try {
            URI relative = URI.createURI(include.getPath().replace('\\', '/'));
            return r.getURI().isHierarchical() && !r.getURI().isRelative() ? relative.resolve(r.getURI()) : relative;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Included files are held to the same size limit as scripts ({@link io.atflow.lang.load.SourceGuard}). */
    private static boolean tooLarge(URI uri) {
        if (!uri.isFile()) {
            return false;
        }
        try {
            return java.nio.file.Files.size(java.nio.file.Path.of(uri.toFileString()))
                    > io.atflow.lang.load.SourceGuard.MAX_BYTES;
        } catch (java.io.IOException | RuntimeException e) {
            return true;
        }
    }

    /** The included script, loaded into the including script's resource set; null if missing or unreadable. */
    public static Script load(Include include) {
        URI uri = uri(include);
        Resource own = include.eResource();
        if (uri == null || own == null || own.getResourceSet() == null) {
            return null;
        }
        ResourceSet set = own.getResourceSet();
        if (!set.getURIConverter().exists(uri, null) || tooLarge(uri)) {
            return null;
        }
        try {
            Resource r = set.getResource(uri, true);
            return r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof Script s ? s : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
