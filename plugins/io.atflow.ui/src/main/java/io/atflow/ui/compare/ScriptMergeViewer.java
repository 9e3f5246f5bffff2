package io.atflow.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.contentmergeviewer.TextMergeViewer;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.xtext.util.CancelIndicator;

import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptPartitions;
import io.atflow.ui.editor.ScriptSourceViewerConfiguration;
import io.atflow.ui.editor.highlighting.ScriptStyles;
import io.atflow.ui.editor.highlighting.SemanticHighlighter;
import io.atflow.ui.editor.highlighting.SemanticTokens;
import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.language.ScriptSnapshot;

/**
 * The text panes of an ATFlow compare: each side coloured as the editor colours it — the lexer's partitions and tokens
 * through the editor's viewer configuration (without reconciling), and the language's semantic highlighting of the
 * side's text, computed again when a side is edited or merged into.
 */
public final class ScriptMergeViewer extends TextMergeViewer {
    private static final int REHIGHLIGHT_MILLIS = 300;
    private ScriptStyles styles;
    private final List<SemanticHighlighter> highlighters = new ArrayList<>();

    public ScriptMergeViewer(Composite parent, CompareConfiguration configuration) {
        super(parent, configuration);
    }

    @Override
    public String getTitle() {
        return "ATFlow Script Compare";
    }

    @Override
    protected void configureTextViewer(TextViewer viewer) {
        if (!(viewer instanceof SourceViewer source)) {
            return;
        }
        if (styles == null) {
            styles = new ScriptStyles(AtFlowUi.getDefault().getPreferenceStore());
        }
        source.unconfigure();
        source.configure(new ScriptSourceViewerConfiguration(EditorsUI.getPreferenceStore(), styles, null,
                AtFlowUi.getDefault().language()));
        SemanticHighlighter semantic = new SemanticHighlighter(styles);
        semantic.install(source);
        highlighters.add(semantic);
        Runnable refresh = () -> {
            IDocument document = source.getDocument();
            if (document != null && !source.getTextWidget().isDisposed()) {
                semantic.update(document, tokens(document));
            }
        };
        IDocumentListener edits = new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                // a side being merged or edited: highlight again once the typing pauses
                source.getTextWidget().getDisplay().timerExec(-1, refresh);
                source.getTextWidget().getDisplay().timerExec(REHIGHLIGHT_MILLIS, refresh);
            }
        };
        source.addTextInputListener(new ITextInputListener() {
            @Override
            public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
                if (oldInput != null) {
                    oldInput.removeDocumentListener(edits);
                }
            }

            @Override
            public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
                if (newInput != null) {
                    newInput.addDocumentListener(edits);
                    refresh.run();
                }
            }
        });
    }

    private static List<io.atflow.lang.ide.highlighting.StyledToken> tokens(IDocument document) {
        ScriptLanguage language = AtFlowUi.getDefault().language();
        ScriptSnapshot snapshot = language.parse(URI.createURI("compare:/side." + ScriptLanguage.EXTENSION),
                document.get(), 0);
        return SemanticTokens.of(language, snapshot, CancelIndicator.NullImpl);
    }

    @Override
    protected IDocumentPartitioner getDocumentPartitioner() {
        return ScriptPartitions.newPartitioner();
    }

    @Override
    protected String getDocumentPartitioning() {
        return ScriptPartitions.PARTITIONING;
    }

    @Override
    protected void handleDispose(org.eclipse.swt.events.DisposeEvent event) {
        highlighters.forEach(SemanticHighlighter::uninstall);
        highlighters.clear();
        super.handleDispose(event);
    }
}
