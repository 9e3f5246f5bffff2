package io.atflow.ui.editor.navigation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;

import io.atflow.lang.ide.navigation.Definition;

/** A link from a name to its declaration, in the same script or an included one. */
public final class DefinitionHyperlink implements IHyperlink {
    private final Definition definition;
    private final URI source;

    public DefinitionHyperlink(Definition definition, URI source) {
        this.definition = definition;
        this.source = source;
    }

    @Override
    public IRegion getHyperlinkRegion() {
        return new Region(definition.offset(), definition.length());
    }

    @Override
    public String getTypeLabel() {
        return "Open Declaration";
    }

    @Override
    public String getHyperlinkText() {
        return "Open Declaration of " + definition.name();
    }

    @Override
    public void open() {
        Navigation.reveal(definition.target(), source, definition.targetOffset(), definition.targetLength());
    }
}
