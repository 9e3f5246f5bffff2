package io.atflow.ui.editor.highlighting;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;

import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.lang.ide.highlighting.TokenCategory;

/**
 * Semantic highlighting on top of syntax coloring: the ranges computed by the language's
 * {@code AtFlowSemanticHighlighter} (command names and arguments, pattern prefixes and captures, {@code secret(...)}
 * calls) are kept as document positions, moved by edits until the next reconcile replaces them, and merged into every
 * text presentation the viewer paints. Only the range that changed between two reconciles is repainted.
 */
public final class SemanticHighlighter implements ITextPresentationListener {
    public static final String CATEGORY = "io.atflow.ui.semanticHighlighting";
    private final ScriptStyles styles;
    private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
    private ITextViewer viewer;
    private IDocument document;

    public SemanticHighlighter(ScriptStyles styles) {
        this.styles = styles;
    }

    /** A highlighted range of the document. */
    static final class Styled extends Position {
        final TokenCategory category;

        Styled(int offset, int length, TokenCategory category) {
            super(offset, length);
            this.category = category;
        }

        boolean same(StyledToken t) {
            return !isDeleted && offset == t.offset() && length == t.length() && category == t.category();
        }
    }

    public void install(ITextViewer textViewer) {
        this.viewer = textViewer;
        ((ITextViewerExtension4) textViewer).addTextPresentationListener(this);
    }

    public void uninstall() {
        if (viewer != null) {
            ((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
        }
        detach();
        viewer = null;
    }

    /** Shows {@code tokens} (disjoint, in order) of {@code doc}; on the UI thread, with the document unchanged. */
    public void update(IDocument doc, List<StyledToken> tokens) {
        if (viewer == null) {
            return;
        }
        if (doc != document) {
            detach();
            document = doc;
            doc.addPositionCategory(CATEGORY);
            doc.addPositionUpdater(updater);
        }
        Position[] old = positions();
        int head = 0;
        while (head < old.length && head < tokens.size() && ((Styled) old[head]).same(tokens.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < old.length - head && tail < tokens.size() - head
                && ((Styled) old[old.length - 1 - tail]).same(tokens.get(tokens.size() - 1 - tail))) {
            tail++;
        }
        if (head == old.length && head == tokens.size()) {
            return;
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int i = head; i < old.length - tail; i++) {
            start = Math.min(start, old[i].offset);
            end = Math.max(end, old[i].offset + old[i].length);
        }
        for (int i = head; i < tokens.size() - tail; i++) {
            start = Math.min(start, tokens.get(i).offset());
            end = Math.max(end, tokens.get(i).end());
        }
        try {
            doc.removePositionCategory(CATEGORY);
            doc.addPositionCategory(CATEGORY);
            for (StyledToken t : tokens) {
                doc.addPosition(CATEGORY, new Styled(t.offset(), t.length(), t.category()));
            }
        } catch (BadLocationException | BadPositionCategoryException e) {
            return;
        }
        if (end > start) {
            int from = Math.max(0, start);
            int to = Math.min(doc.getLength(), end);
            ((ITextViewerExtension2) viewer).invalidateTextPresentation(from, Math.max(0, to - from));
        }
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IRegion extent = presentation.getExtent();
        Position[] ps = positions();
        int end = extent.getOffset() + extent.getLength();
        for (int i = first(ps, extent.getOffset()); i < ps.length && ps[i].offset < end; i++) {
            Styled s = (Styled) ps[i];
            int from = Math.max(s.offset, extent.getOffset());
            int to = Math.min(s.offset + s.length, end);
            if (!s.isDeleted && to > from) {
                presentation.replaceStyleRange(styles.styleRange(s.category, from, to - from));
            }
        }
    }

    /** Index of the first position that ends after {@code offset}. */
    private static int first(Position[] ps, int offset) {
        int lo = 0;
        int hi = ps.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ps[mid].offset + ps[mid].length <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Position[] positions() {
        if (document == null) {
            return new Position[0];
        }
        try {
            return document.getPositions(CATEGORY);
        } catch (BadPositionCategoryException e) {
            return new Position[0];
        }
    }

    private void detach() {
        if (document != null) {
            try {
                document.removePositionCategory(CATEGORY);
            } catch (BadPositionCategoryException e) {
                // already gone
            }
            document.removePositionUpdater(updater);
            document = null;
        }
    }
}
