package io.atflow.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import io.atflow.lang.ide.highlighting.TokenCategory;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.assist.ScriptContentAssistProcessor;
import io.atflow.ui.editor.highlighting.CodeScanner;
import io.atflow.ui.editor.highlighting.ScriptStyles;
import io.atflow.ui.editor.highlighting.StringScanner;
import io.atflow.ui.editor.hover.ScriptTextHover;
import io.atflow.ui.editor.navigation.ScriptHyperlinkDetector;
import io.atflow.ui.editor.quickfix.ScriptQuickAssistProcessor;
import io.atflow.ui.editor.reconcile.ReconcileResult;
import io.atflow.ui.editor.reconcile.ScriptReconciler;
import io.atflow.ui.editor.reconcile.ScriptReconcilingStrategy;
import io.atflow.ui.preferences.ScriptPreferences;
import io.atflow.ui.language.ScriptLanguage;

/**
 * Wires the ATFlow editor's services into JFace text: partitions and coloring from the language's lexer, background
 * reconciling, content assist with templates, quick fixes, hovers and hyperlinks. Without a reconcile listener (a
 * preview) there is no reconciler.
 */
public class ScriptSourceViewerConfiguration extends TextSourceViewerConfiguration {
    private final ScriptStyles styles;
    private final Consumer<ReconcileResult> reconciled;
    private final ScriptLanguage language;
    private ScriptReconciler reconciler;

    public ScriptSourceViewerConfiguration(IPreferenceStore store, ScriptStyles styles,
            Consumer<ReconcileResult> reconciled, ScriptLanguage language) {
        super(store);
        this.styles = styles;
        this.reconciled = reconciled;
        this.language = language;
    }

    /** The reconciler made for the viewer, or null. */
    public ScriptReconciler reconciler() {
        return reconciler;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return ScriptPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return ScriptPartitions.TYPES;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler pr = new PresentationReconciler();
        pr.setDocumentPartitioning(ScriptPartitions.PARTITIONING);
        add(pr, IDocument.DEFAULT_CONTENT_TYPE, new CodeScanner(styles));
        add(pr, ScriptPartitions.STRING, new StringScanner(styles));
        RuleBasedScanner comments = new RuleBasedScanner();
        comments.setDefaultReturnToken(styles.token(TokenCategory.COMMENT));
        add(pr, ScriptPartitions.COMMENT, comments);
        return pr;
    }

    private static void add(PresentationReconciler pr, String type, ITokenScanner scanner) {
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        pr.setDamager(dr, type);
        pr.setRepairer(dr, type);
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        if (reconciled == null) {
            return null;
        }
        int delay = fPreferenceStore == null ? ScriptPreferences.DEFAULT_RECONCILE_DELAY
                : Math.max(50, fPreferenceStore.getInt(ScriptPreferences.RECONCILE_DELAY));
        reconciler = new ScriptReconciler(new ScriptReconcilingStrategy(sourceViewer, reconciled, language), delay);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(ScriptPartitions.PARTITIONING);
        ScriptContentAssistProcessor processor = new ScriptContentAssistProcessor(language);
        for (String type : ScriptPartitions.TYPES) {
            assistant.setContentAssistProcessor(processor, type);
        }
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(200);
        assistant.enableColoredLabels(true);
        assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
        assistant.setContextInformationPopupOrientation(IContentAssistant.CONTEXT_INFO_ABOVE);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        assistant.setStatusLineVisible(true);
        assistant.setStatusMessage("Ctrl+Space: commands, names, keywords and flow templates");
        assistant.setRestoreCompletionProposalSize(popupSize("completion_proposal_size", 520, 320));
        return assistant;
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new ScriptQuickAssistProcessor(language));
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        assistant.setRestoreCompletionProposalSize(popupSize("quick_assist_proposal_size", 560, 200));
        return assistant;
    }

    /** Where a proposal popup keeps the size the user gave it, with a first size wide enough for fix titles. */
    private static IDialogSettings popupSize(String section, int width, int height) {
        AtFlowUi ui = AtFlowUi.getDefault();
        if (ui == null) {
            return null;
        }
        IDialogSettings s = DialogSettings.getOrCreateSection(ui.getDialogSettings(), section);
        if (s.get("size.x") == null) {
            s.put("size.x", width);
            s.put("size.y", height);
        }
        return s;
    }

    @Override
    public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
        return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new ScriptTextHover(sourceViewer, language);
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        List<IHyperlinkDetector> all = new ArrayList<>();
        all.add(new ScriptHyperlinkDetector(language));
        IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
        if (inherited != null) {
            all.addAll(Arrays.asList(inherited));
        }
        return all.toArray(IHyperlinkDetector[]::new);
    }

    @Override
    public org.eclipse.jface.text.IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer,
            String contentType) {
        return IDocument.DEFAULT_CONTENT_TYPE.equals(contentType)
                ? new org.eclipse.jface.text.IAutoEditStrategy[] { new ScriptAutoIndent() }
                : super.getAutoEditStrategies(sourceViewer, contentType);
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
        return new String[] { "//", "" };
    }

    @Override
    public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
        return new String[] { "  ", "\t", "" };
    }
}
