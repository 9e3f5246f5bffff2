package io.atflow.lang.ide.navigation;

import java.util.List;

import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** The language server's go to definition: the same {@link Definitions} the Eclipse editor's hyperlinks follow. */
public class ScriptDefinitionService extends DocumentSymbolService {
    @Inject
    private UriExtensions uris;

    @Override
    public List<? extends Location> getDefinitions(XtextResource resource, int offset, IResourceAccess access,
            CancelIndicator cancel) {
        return Definitions.at(resource, offset).map(d -> {
            Document target = ScriptLocations.document(resource, d.target());
            return target == null ? List.<Location>of()
                    : List.of(ScriptLocations.location(uris, target, d.target(), d.targetOffset(), d.targetLength()));
        }).orElse(List.of());
    }
}
