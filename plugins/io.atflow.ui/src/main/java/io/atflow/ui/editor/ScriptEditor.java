package io.atflow.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.actions.FormatAction;
import io.atflow.ui.editor.actions.GotoMatchingBracketAction;
import io.atflow.ui.editor.actions.QuickOutlineAction;
import io.atflow.ui.editor.actions.ToggleCommentAction;
import io.atflow.ui.editor.folding.FoldingUpdater;
import io.atflow.ui.editor.highlighting.ScriptStyles;
import io.atflow.ui.editor.highlighting.SemanticHighlighter;
import io.atflow.ui.editor.outline.ScriptOutlinePage;
import io.atflow.ui.editor.outline.SymbolRanges;
import io.atflow.ui.editor.reconcile.ReconcileResult;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.preferences.ScriptPreferences;
import io.atflow.ui.language.ScriptLanguage;

/**
 * The ATFlow script editor: a text editor with projection (folding), the language's coloring, background checking,
 * content assist, quick fixes, hovers, hyperlinks, outline and Quick Outline, formatter, toggle comment and bracket
 * matching, with JDT's key bindings in its own context ({@value #CONTEXT}).
 */
public class ScriptEditor extends TextEditor {
    public static final String ID = "io.atflow.ui.editor";
    public static final String CONTEXT = "io.atflow.ui.editorScope";
    public static final String FORMAT = "Format";
    public static final String TOGGLE_COMMENT = "ToggleComment";
    public static final String QUICK_OUTLINE = "QuickOutline";
    public static final String GOTO_MATCHING_BRACKET = "GotoMatchingBracket";

    private final ICharacterPairMatcher brackets = new DefaultCharacterPairMatcher(new char[] { '{', '}', '(', ')' },
            ScriptPartitions.PARTITIONING, true);
    private final Runnable secretsChanged = () -> Display.getDefault().asyncExec(this::checkAgain);
    /** Set in {@link #initializeEditor()}, which the super constructor calls (so no field initializer). */
    private ScriptLanguage language;
    private ScriptStyles styles;
    private ScriptSourceViewerConfiguration configuration;
    private SemanticHighlighter semantic;
    private ProjectionSupport projection;
    private ScriptOutlinePage outline;
    private List<DocumentSymbol> symbols = List.of();
    private volatile ReconcileResult last;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] {
            AtFlowUi.getDefault().getPreferenceStore(), EditorsUI.getPreferenceStore() });
        setPreferenceStore(store);
        styles = new ScriptStyles(store);
        language = AtFlowUi.getDefault().language();
        configuration = new ScriptSourceViewerConfiguration(store, styles, this::reconciled, language);
        setSourceViewerConfiguration(configuration);
        setEditorContextMenuId("#AtFlowEditorContext");
        setRulerContextMenuId("#AtFlowRulerContext");
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { CONTEXT });
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styleBits) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
                styleBits);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projection.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.error");
        projection.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.warning");
        projection.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        semantic = new SemanticHighlighter(styles);
        semantic.install(viewer);
        AtFlowUi.getDefault().secrets().addListener(secretsChanged);
        ((IPostSelectionProvider) getSelectionProvider()).addPostSelectionChangedListener(e -> {
            if (outline != null && e.getSelection() instanceof ITextSelection s) {
                outline.select(document(), s.getOffset());
            }
        });
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        super.configureSourceViewerDecorationSupport(support);
        support.setCharacterPairMatcher(brackets);
        support.setMatchingCharacterPainterPreferenceKeys(ScriptPreferences.MATCHING_BRACKETS,
                ScriptPreferences.MATCHING_BRACKETS_COLOR, ScriptPreferences.BRACKET_AT_CARET,
                ScriptPreferences.ENCLOSING_BRACKETS);
    }

    @Override
    protected void createActions() {
        super.createActions();
        setAction(FORMAT, new FormatAction(this, language));
        markAsStateDependentAction(FORMAT, true);
        setAction(TOGGLE_COMMENT, new ToggleCommentAction(this));
        markAsStateDependentAction(TOGGLE_COMMENT, true);
        setAction(QUICK_OUTLINE, new QuickOutlineAction(this));
        setAction(GOTO_MATCHING_BRACKET, new GotoMatchingBracketAction(this, brackets));
    }

    @Override
    protected void editorContextMenuAboutToShow(IMenuManager menu) {
        super.editorContextMenuAboutToShow(menu);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, ITextEditorActionConstants.QUICK_ASSIST);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, ITextEditorActionConstants.OPEN_HYPERLINK);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, QUICK_OUTLINE);
        MenuManager source = new MenuManager("&Source", "io.atflow.ui.source");
        source.add(getAction(FORMAT));
        source.add(getAction(TOGGLE_COMMENT));
        source.add(getAction(GOTO_MATCHING_BRACKET));
        menu.appendToGroup(ITextEditorActionConstants.GROUP_EDIT, source);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (IContentOutlinePage.class.equals(type)) {
            if (outline == null) {
                outline = new ScriptOutlinePage(this);
                outline.update(symbols);
            }
            return type.cast(outline);
        }
        if (projection != null) {
            Object adapter = projection.getAdapter(getSourceViewer(), type);
            if (adapter != null) {
                return type.cast(adapter);
            }
        }
        return super.getAdapter(type);
    }

    @Override
    protected boolean affectsTextPresentation(PropertyChangeEvent event) {
        return ScriptPreferences.isStyle(event.getProperty()) || super.affectsTextPresentation(event);
    }

    @Override
    protected void handlePreferenceStoreChanged(PropertyChangeEvent event) {
        if (ScriptPreferences.isStyle(event.getProperty())) {
            styles.refresh();
            if (getSourceViewer() != null) {
                getSourceViewer().invalidateTextPresentation();
            }
        }
        super.handlePreferenceStoreChanged(event);
    }

    /** Called by the reconciler's thread; applies the result on the UI thread if the document did not change. */
    private void reconciled(ReconcileResult result) {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(() -> apply(result));
        }
    }

    private void apply(ReconcileResult result) {
        ISourceViewer viewer = getSourceViewer();
        if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
            return;
        }
        IDocument document = document();
        if (document == null || ScriptDocuments.stamp(document) != result.snapshot().stamp()) {
            return;
        }
        semantic.update(document, result.semantic());
        if (viewer instanceof ProjectionViewer pv && pv.getProjectionAnnotationModel() != null) {
            FoldingUpdater.update(pv.getProjectionAnnotationModel(), document, result.folding());
        }
        symbols = result.outline();
        if (outline != null) {
            outline.update(symbols);
        }
        last = result;
    }

    private void checkAgain() {
        if (configuration.reconciler() != null && getSourceViewer() != null) {
            configuration.reconciler().forceReconcile();
        }
    }

    /** The last reconcile applied to the editor, or null before the first. */
    public ReconcileResult lastReconcile() {
        return last;
    }

    /** The outline symbols of the last reconcile. */
    public List<DocumentSymbol> symbols() {
        return symbols;
    }

    /** The editor's source viewer (a projection viewer). */
    public ISourceViewer sourceViewer() {
        return getSourceViewer();
    }

    public IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** Goes to an outline element. */
    public void reveal(DocumentSymbol symbol) {
        IDocument doc = document();
        int start = SymbolRanges.start(doc, symbol);
        if (start >= 0) {
            selectAndReveal(start, 0);
        }
    }

    /** Shows a message in the status line. */
    public void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
    }

    @Override
    public void dispose() {
        AtFlowUi.getDefault().secrets().removeListener(secretsChanged);
        IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        if (semantic != null) {
            semantic.uninstall();
        }
        super.dispose();
        if (file != null) {
            AtFlowUi.getDefault().validateSoon(file);
        }
    }
}
