package io.atflow.lang.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/** Base of the composed ATFlow checks: helpers to report a problem at a range inside a token. */
public abstract class AtFlowCheckBase extends AbstractAtFlowValidator {
    @Inject
    protected ValidationContext context;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into AtFlowValidator; not registered on its own
    }

    /** Offset of the token that holds {@code feature} of {@code o}, or -1. */
    protected static int tokenOffset(EObject o, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(o, feature);
        return nodes.isEmpty() ? -1 : nodes.get(0).getOffset();
    }

    /** Text of the token that holds {@code feature} of {@code o}, or null. */
    protected static String tokenText(EObject o, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(o, feature);
        return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
    }

    protected void errorIn(EObject o, EStructuralFeature f, int rel, int length, String message, String code,
            String... data) {
        int base = tokenOffset(o, f);
        if (base < 0) {
            error(message, o, f, code, data);
        } else {
            getMessageAcceptor().acceptError(message, o, base + rel, Math.max(1, length), code, data);
        }
    }

    protected void warningIn(EObject o, EStructuralFeature f, int rel, int length, String message, String code,
            String... data) {
        int base = tokenOffset(o, f);
        if (base < 0) {
            warning(message, o, f, code, data);
        } else {
            getMessageAcceptor().acceptWarning(message, o, base + rel, Math.max(1, length), code, data);
        }
    }

    protected void infoIn(EObject o, EStructuralFeature f, int rel, int length, String message, String code,
            String... data) {
        int base = tokenOffset(o, f);
        if (base < 0) {
            info(message, o, f, code, data);
        } else {
            getMessageAcceptor().acceptInfo(message, o, base + rel, Math.max(1, length), code, data);
        }
    }
}
