package io.atflow.lang.ide.hover;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.atflow.lang.catalog.AtCatalog;

/** LSP hover: {@link HoverText} first, then Xtext's default (documentation comments). */
public class AtFlowHoverService extends HoverService {
    private final HoverText text = new HoverText(AtCatalog.standard());

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
        int offset = document.getOffSet(params.getPosition());
        return text.at(resource, offset).map(h -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, h.markdown()),
                new Range(document.getPosition(h.offset()), document.getPosition(h.offset() + h.length()))))
                .orElseGet(() -> super.hover(document, resource, params, cancelIndicator));
    }
}
