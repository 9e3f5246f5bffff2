package io.atflow.lang.ide.codeactions;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.ide.TokenAt;
import io.atflow.lang.model.AtCommandText;

/** Where a diagnostic points: the element at its offset, the document text, and node offsets. */
record QuickFixContext(XtextResource resource, String code, int offset, int length, TokenAt token) {

    static QuickFixContext of(XtextResource resource, String code, int offset, int length) {
        return new QuickFixContext(resource, code, offset, length, TokenAt.find(resource, offset));
    }

    <T extends EObject> T element(Class<T> type) {
        return token == null ? null : EcoreUtil2.getContainerOfType(token.element(), type);
    }

    String text() {
        String all = resource.getParseResult().getRootNode().getText();
        return all.substring(Math.max(0, offset), Math.min(all.length(), offset + length));
    }

    static int offsetOf(EObject o, EStructuralFeature f) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(o, f);
        return nodes.isEmpty() ? -1 : nodes.get(0).getOffset();
    }

    /** The command of the {@code send} at the diagnostic, with the document offset of its token. */
    record Command(Send send, AtCommandText text, int offset) {
    }

    Command command() {
        Send send = element(Send.class);
        if (send == null || send.getCommand() == null) {
            return null;
        }
        return new Command(send, AtCommandText.parse(send.getCommand()), offsetOf(send, Literals.SEND__COMMAND));
    }
}
