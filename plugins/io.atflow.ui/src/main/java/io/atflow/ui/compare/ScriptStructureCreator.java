package io.atflow.ui.compare;

import java.util.List;

import org.eclipse.compare.ISharedDocumentAdapter;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.contentmergeviewer.IDocumentRange;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.compare.structuremergeviewer.StructureCreator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.Position;
import org.eclipse.lsp4j.DocumentSymbol;

import io.atflow.lang.ide.symbols.ScriptOutline;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptPartitions;
import io.atflow.ui.editor.outline.SymbolRanges;
import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.language.ScriptSnapshot;

/**
 * The structure of a script for Compare With (each other, local history, a repository's version): the language's
 * outline structure ({@link ScriptOutline#structure}: includes, devices, products, payloads, handlers, steps and each
 * statement in them) as {@link ScriptNode}s, so the structure pane says which elements were added, removed or changed.
 * A step also has its head ({@code step "connect" timeout 2m}) as a node, so a changed timeout or retry count is a
 * change of the step.
 */
public final class ScriptStructureCreator extends StructureCreator {

    @Override
    public String getName() {
        return "ATFlow Script Structure Compare";
    }

    @Override
    protected IStructureComparator createStructureComparator(Object input, IDocument document,
            ISharedDocumentAdapter adapter, IProgressMonitor monitor) {
        String name = input instanceof ITypedElement t ? t.getName() : "script." + ScriptLanguage.EXTENSION;
        ScriptNode root = new ScriptNode(document, name);
        ScriptSnapshot snapshot = AtFlowUi.getDefault().language().parse(URI.createURI("compare:/" + URI.encodeSegment(name, false)),
                document.get(), 0);
        if (snapshot.isParsed()) {
            add(root, ScriptOutline.structure(snapshot.resource()), document);
        }
        return root;
    }

    private static void add(ScriptNode parent, List<DocumentSymbol> symbols, IDocument document) {
        List<String> keys = StructureKeys.unique(symbols, StructureKeys::key);
        for (int i = 0; i < symbols.size(); i++) {
            DocumentSymbol s = symbols.get(i);
            int start = SymbolRanges.start(document, s);
            int end = SymbolRanges.end(document, s);
            if (start < 0 || end < start) {
                continue;
            }
            ScriptNode node = new ScriptNode(parent, s, keys.get(i), document, start, end - start);
            if (s.getChildren() != null && !s.getChildren().isEmpty()) {
                int first = SymbolRanges.start(document, s.getChildren().get(0));
                if (first > start) {
                    new ScriptNode(node, head(document, start, first), document, start, first - start);
                }
                add(node, s.getChildren(), document);
            }
        }
    }

    /** The head's first line without the opening brace: {@code step "connect" timeout 2m}. */
    private static String head(IDocument document, int start, int end) {
        try {
            String text = document.get(start, end - start).strip().lines().findFirst().orElse("").strip();
            return text.endsWith("{") ? text.substring(0, text.length() - 1).strip() : text;
        } catch (BadLocationException e) {
            return "";
        }
    }

    @Override
    public String getContents(Object node, boolean ignoreWhitespace) {
        if (!(node instanceof IDocumentRange r)) {
            return null;
        }
        Position p = r.getRange();
        try {
            String text = r.getDocument().get(p.getOffset(), p.getLength());
            return ignoreWhitespace ? text.replaceAll("\\s+", " ").strip() : text;
        } catch (BadLocationException e) {
            return null;
        }
    }

    @Override
    protected IDocumentPartitioner getDocumentPartitioner() {
        return ScriptPartitions.newPartitioner();
    }

    @Override
    protected String getDocumentPartitioning() {
        return ScriptPartitions.PARTITIONING;
    }
}
