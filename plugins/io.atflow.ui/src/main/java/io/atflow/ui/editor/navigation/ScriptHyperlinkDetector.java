package io.atflow.ui.editor.navigation;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;

import io.atflow.lang.ide.navigation.Definitions;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.language.ScriptSnapshot;
import io.atflow.ui.language.ScriptLanguage;

/** Ctrl+click and F3 (Open Declaration): names, members and includes lead to their declarations. */
public final class ScriptHyperlinkDetector extends AbstractHyperlinkDetector {
    private final ScriptLanguage language;

    public ScriptHyperlinkDetector(ScriptLanguage language) {
        this.language = language;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer textViewer, IRegion region, boolean canShowMultipleHyperlinks) {
        if (textViewer.getDocument() == null) {
            return null;
        }
        ScriptSnapshot snapshot = ScriptDocuments.current(textViewer.getDocument(), language);
        if (!snapshot.isParsed()) {
            return null;
        }
        return Definitions.at(snapshot.resource(), region.getOffset())
                .map(d -> new IHyperlink[] { new DefinitionHyperlink(d, snapshot.uri()) }).orElse(null);
    }
}
