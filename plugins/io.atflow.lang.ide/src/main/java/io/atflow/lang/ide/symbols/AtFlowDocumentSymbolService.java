package io.atflow.lang.ide.symbols;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Document symbols (outline) from {@link ScriptOutline}. */
public class AtFlowDocumentSymbolService extends HierarchicalDocumentSymbolService {

    @Override
    public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
            CancelIndicator cancelIndicator) {
        return ScriptOutline.symbols(resource);
    }

    @Override
    public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
        return ScriptOutline.symbols(resource);
    }
}
