package io.atflow.lang.parser;

import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;

import io.atflow.lang.atFlow.Block;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.If;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.Step;

/**
 * A {@code {} that never closes: the parser meets the end of the file or a declaration that only stands outside
 * blocks ({@code step}, {@code device}, ...) where the block's {@code }} belongs. The message names the step (or
 * device, handler, if) whose block is open and its line, since the parser notices the slip only further down.
 * A {@code }} outside any block is reported as such.
 */
final class BlockSlips implements Slip.Recogniser {
    private static final Set<String> TOP_LEVEL = Set.of("step", "include", "profile", "thingModel", "device", "product",
            "payload");

    @Override
    public Optional<Slip> find(SlipContext c) {
        if ("EOF".equals(c.expected()) && SlipContext.is(c.token(0), "}")) {
            Token open = c.openingBrace();
            return Slip.on(c.offending(), open == null
                    ? "found a } that closes no block: every } closes the { of a step, device, product, if or on "
                            + "handler; remove it or add the { it was meant to close"
                    : "found the } of the block opened on line " + open.getLine() + ", which could not be read as a "
                            + "block because of the error before it; fix that error and this one goes away");
        }
        if (!"'}'".equals(c.expected()) || !(c.atEnd() || TOP_LEVEL.contains(c.offending().getText()))) {
            return Optional.empty();
        }
        String open = describe(c.currentObject(), c.currentNode());
        if (open == null) {
            return Optional.empty();
        }
        String found = c.atEnd() ? "the end of the file" : c.phrase(SlipContext.start(c.offending()));
        return Slip.here(open + " is never closed: found " + found + " where its } is expected; add } after its last "
                + (c.currentObject() instanceof Block ? "statement" : "field"));
    }

    /** The construct whose block is open, e.g. {@code step "connect" (line 1)}, or null when not known. */
    private static String describe(EObject open, INode node) {
        if (open instanceof Device d && node != null) {
            return "device " + d.getName() + " (line " + node.getStartLine() + ")";
        }
        if (open instanceof Product p && node != null) {
            return "product " + p.getName() + " (line " + node.getStartLine() + ")";
        }
        if (!(open instanceof Block)) {
            return null;
        }
        INode owner = node;
        while (owner != null && !isOwner(owner.getSemanticElement(), open)) {
            owner = owner.getParent();
        }
        if (owner == null) {
            return null;
        }
        EObject o = owner.getSemanticElement();
        if (o instanceof Step s) {
            return "step \"" + s.getName() + "\" (line " + owner.getStartLine() + ")";
        }
        String what = (o instanceof If ? "the if" : "the on handler") + " on line " + owner.getStartLine();
        INode step = owner.getParent();
        while (step != null && !(step.getSemanticElement() instanceof Step)) {
            step = step.getParent();
        }
        return step == null ? what : what + " in step \"" + ((Step) step.getSemanticElement()).getName() + "\"";
    }

    private static boolean isOwner(EObject o, EObject block) {
        return o != block && (o instanceof Step || o instanceof If || o instanceof Handler);
    }
}
