package io.atflow.lang.ide.navigation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.XtextResource;

/** LSP locations of ranges in scripts: the script's text from its parse result, its URI as clients write it. */
final class ScriptLocations {
    private ScriptLocations() {
    }

    /** The document of {@code uri}: {@code from}'s own, or the loaded script it names (an include), or null. */
    static Document document(XtextResource from, URI uri) {
        XtextResource r = from.getURI().equals(uri) ? from : loaded(from, uri);
        return r == null || r.getParseResult() == null ? null : new Document(1, r.getParseResult().getRootNode().getText());
    }

    static Location location(UriExtensions uris, Document doc, URI uri, int offset, int length) {
        return new Location(uris.toUriString(uri), range(doc, offset, length));
    }

    static Range range(Document doc, int offset, int length) {
        return new Range(doc.getPosition(offset), doc.getPosition(offset + length));
    }

    private static XtextResource loaded(XtextResource from, URI uri) {
        Resource r = from.getResourceSet() == null ? null : from.getResourceSet().getResource(uri, true);
        return r instanceof XtextResource x ? x : null;
    }
}
