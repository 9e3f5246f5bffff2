package io.atflow.lang.ide.highlighting;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Call;
import io.atflow.lang.atFlow.Pattern;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.PatternText;
import io.atflow.lang.model.Template;

/** Highlights the inside of command and pattern tokens and secret references (see {@link HighlightingStyles}). */
public class AtFlowSemanticHighlighter implements ISemanticHighlightingCalculator {

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancel) {
        if (resource == null || resource.getContents().isEmpty()) {
            return;
        }
        for (TreeIterator<EObject> it = resource.getContents().get(0).eAllContents(); it.hasNext();) {
            if (cancel != null && cancel.isCanceled()) {
                return;
            }
            switch (it.next()) {
                case Send s -> command(s, acceptor);
                case Pattern p -> pattern(p, acceptor);
                case Call c when "secret".equals(c.getFunction()) -> {
                    INode n = NodeModelUtils.findActualNodeFor(c);
                    acceptor.addPosition(n.getOffset(), n.getLength(), HighlightingStyles.SECRET);
                }
                default -> {
                }
            }
        }
    }

    private static void command(Send s, IHighlightedPositionAcceptor acceptor) {
        int base = offset(s, Literals.SEND__COMMAND);
        if (base < 0 || s.getCommand() == null) {
            return;
        }
        AtCommandText cmd = AtCommandText.parse(s.getCommand());
        acceptor.addPosition(base, cmd.nameLength(), HighlightingStyles.COMMAND);
        for (AtArgument a : cmd.args()) {
            String style = a.quoted() ? HighlightingStyles.TEXT : a.value().matches("-?[0-9]+") ? HighlightingStyles.NUMBER : null;
            if (style != null) {
                acceptor.addPosition(base + a.offset(), a.raw().length(), style);
            }
            for (Template.Placeholder p : a.template().placeholders()) {
                acceptor.addPosition(base + a.valueOffset() + p.offset(), p.length(), HighlightingStyles.PLACEHOLDER);
            }
        }
    }

    private static void pattern(Pattern p, IHighlightedPositionAcceptor acceptor) {
        int base = offset(p, Literals.PATTERN__TEXT);
        if (base < 0 || p.getText() == null) {
            return;
        }
        PatternText t = PatternText.parse(p.getText());
        switch (t.kind()) {
            case REGEX -> acceptor.addPosition(base, p.getText().length(), HighlightingStyles.REGEX);
            case WORD -> acceptor.addPosition(base, p.getText().length(), HighlightingStyles.RESULT);
            case PREFIXED -> {
                acceptor.addPosition(base, t.prefix().length(), HighlightingStyles.URC);
                for (PatternText.Part part : t.parts()) {
                    if (part instanceof PatternText.Capture c) {
                        acceptor.addPosition(base + c.offset(), c.length(), HighlightingStyles.CAPTURE);
                    } else if (part instanceof PatternText.Insert i) {
                        acceptor.addPosition(base + i.offset(), i.placeholder().length(), HighlightingStyles.PLACEHOLDER);
                    }
                }
            }
        }
    }

    private static int offset(EObject o, org.eclipse.emf.ecore.EStructuralFeature f) {
        var nodes = NodeModelUtils.findNodesForFeature(o, f);
        return nodes.isEmpty() ? -1 : nodes.get(0).getOffset();
    }
}
