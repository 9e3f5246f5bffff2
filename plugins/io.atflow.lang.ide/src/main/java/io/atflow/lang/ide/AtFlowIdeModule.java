package io.atflow.lang.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

import io.atflow.lang.ide.codeactions.AtFlowCodeActionService;
import io.atflow.lang.ide.contentassist.AtFlowContentProposalProvider;
import io.atflow.lang.ide.highlighting.AtFlowSemanticHighlighter;
import io.atflow.lang.ide.hover.AtFlowHoverService;
import io.atflow.lang.ide.navigation.ScriptDefinitionService;
import io.atflow.lang.ide.navigation.ScriptRenameService;
import io.atflow.lang.ide.symbols.AtFlowDocumentSymbolService;

/** Generic IDE services of ATFlow, shared by the language server and the Eclipse editor. */
public class AtFlowIdeModule extends AbstractAtFlowIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return AtFlowContentProposalProvider.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return AtFlowHoverService.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return AtFlowCodeActionService.class;
    }

    public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
        return AtFlowDocumentSymbolService.class;
    }

    public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
        return ScriptDefinitionService.class;
    }

    public Class<? extends IRenameService2> bindIRenameService2() {
        return ScriptRenameService.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return AtFlowSemanticHighlighter.class;
    }
}
