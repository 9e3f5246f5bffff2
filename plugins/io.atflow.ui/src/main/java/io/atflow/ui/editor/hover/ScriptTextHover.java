package io.atflow.ui.editor.hover;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.ide.hover.HoverHtml;
import io.atflow.lang.ide.hover.HoverInfo;
import io.atflow.lang.ide.hover.HoverText;
import io.atflow.ui.editor.quickfix.EditorQuickFixes;
import io.atflow.ui.editor.reconcile.ProblemAnnotations;
import io.atflow.ui.language.Problem;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.language.ScriptSnapshot;
import io.atflow.ui.language.ScriptLanguage;

/**
 * Hovers: while a debugged run is suspended, the value of the name under the mouse; else the problems under the
 * mouse (with a hint when a quick fix exists), then the documentation of the catalog
 * entry there ({@link HoverText}: command, parameter, URC with its codes, result word).
 */
public final class ScriptTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {
    private static final HoverText DOCS = new HoverText(AtCatalog.standard());
    private final ISourceViewer viewer;
    private final ScriptLanguage language;
    private Found last;

    /** What a hover shows for a region. */
    private record Found(IRegion region, String html) {
    }

    public ScriptTextHover(ISourceViewer viewer, ScriptLanguage language) {
        this.viewer = viewer;
        this.language = language;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        last = find(offset);
        return last == null ? null : last.region();
    }

    @Override
    public Object getHoverInfo2(ITextViewer textViewer, IRegion region) {
        Found f = last != null && last.region().equals(region) ? last : find(region.getOffset());
        return f == null ? null : f.html();
    }

    @Override
    @Deprecated
    public String getHoverInfo(ITextViewer textViewer, IRegion region) {
        Object info = getHoverInfo2(textViewer, region);
        return info == null ? null : info.toString();
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
    }

    private Found find(int offset) {
        Found value = debugValue(offset);
        if (value != null) {
            return value;
        }
        List<Problem> problems = ProblemAnnotations.at(viewer.getAnnotationModel(), offset);
        ScriptSnapshot snapshot = ScriptDocuments.current(viewer.getDocument(), language);
        Optional<HoverInfo> docs = snapshot.isParsed() ? DOCS.at(snapshot.resource(), offset) : Optional.empty();
        if (problems.isEmpty() && docs.isEmpty()) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (Problem p : problems) {
            html.append(html.length() == 0 ? "" : "<p>").append("<b>").append(label(p)).append(":</b> ")
                    .append(HoverHtml.escape(p.message()));
            if (EditorQuickFixes.canFix(p.code())) {
                html.append("<br><i>Quick fix available (Ctrl+1)</i>");
            }
        }
        docs.ifPresent(d -> html.append(html.length() == 0 ? "" : "<hr>").append(HoverHtml.of(d.markdown())));
        IRegion region = !problems.isEmpty() ? new Region(problems.get(0).offset(), problems.get(0).length())
                : new Region(docs.get().offset(), docs.get().length());
        return new Found(region, html.toString());
    }

    /**
     * While a debugged run is suspended: the value of the name under the mouse, from the hover a debugger contributes
     * as an adapter of the viewer (the launch bundle's; this bundle does not depend on it), or null.
     */
    @SuppressWarnings("deprecation")
    private Found debugValue(int offset) {
        ITextHover debug = Adapters.adapt(viewer, ITextHover.class);
        IRegion region = debug == null ? null : debug.getHoverRegion(viewer, offset);
        String value = region == null ? null : debug.getHoverInfo(viewer, region);
        return value == null ? null : new Found(region, HoverHtml.escape(value));
    }

    private static String label(Problem p) {
        return switch (p.severity()) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "Info";
        };
    }
}
