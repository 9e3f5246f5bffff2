package io.atflow.lang.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.aliyun.tsl.TslParser;
import io.atflow.lang.atFlow.ThingModelDecl;

/** Reads the thing model a {@code thingModel "path"} declaration names, relative to the declaring script. */
public final class ThingModelFiles {
    /** Thing model files larger than this are not read (an export is a few kilobytes). */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The model, or the one sentence saying why there is none. */
    public record Loaded(ThingModel model, String problem) {
    }

    private ThingModelFiles() {
    }

    /** The file a declaration refers to, or null when it cannot be resolved. */
    public static URI uri(ThingModelDecl decl) {
        Resource r = decl.eResource();
        if (r == null || decl.getPath() == null || decl.getPath().isBlank()) {
            return null;
        }
        try {
            URI relative = URI.createURI(decl.getPath().replace('\\', '/'));
            return r.getURI().isHierarchical() && !r.getURI().isRelative() ? relative.resolve(r.getURI()) : relative;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static Loaded load(ThingModelDecl decl) {
        URI uri = uri(decl);
        Resource own = decl.eResource();
        String name = decl.getPath();
        if (uri == null || own == null || own.getResourceSet() == null
                || !own.getResourceSet().getURIConverter().exists(uri, null)) {
            return new Loaded(null, "the thing model file " + name + " does not exist next to this script; export it"
                    + " from the Aliyun console (product, 功能定义 / Define Feature, 物模型 TSL, export) and save it there");
        }
        try (InputStream in = own.getResourceSet().getURIConverter().createInputStream(uri)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return new Loaded(null, "the thing model file " + name + " is larger than 2 MB");
            }
            return new Loaded(TslParser.parse(new String(bytes, StandardCharsets.UTF_8), name), null);
        } catch (IOException e) {
            return new Loaded(null, "the thing model file " + name + " cannot be read: " + e.getMessage());
        } catch (AliyunInputException e) {
            return new Loaded(null, e.getMessage());
        }
    }
}
