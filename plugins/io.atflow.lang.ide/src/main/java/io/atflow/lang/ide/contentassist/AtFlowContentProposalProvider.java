package io.atflow.lang.ide.contentassist;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import io.atflow.lang.atFlow.Member;
import io.atflow.lang.atFlow.Ref;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FinalResult;
import io.atflow.lang.catalog.UrcSpec;
import io.atflow.lang.ide.hover.CommandDocs;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.services.AtFlowGrammarAccess;
import io.atflow.lang.validation.ValidationContext;

/**
 * Content assist: AT commands of the script's profile with their forms (after {@code AT+QMTO} comes
 * {@code AT+QMTOPEN=...}), response and URC patterns with captures, names in scope, functions, identity fields,
 * profiles and keywords.
 */
public class AtFlowContentProposalProvider extends IdeContentProposalProvider {
    @Inject
    private AtFlowGrammarAccess grammar;
    @Inject
    private ValidationContext context;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        if (assignment == grammar.getSendAccess().getCommandAssignment_1()) {
            commands(ctx, acceptor);
        } else if (assignment == grammar.getPatternAccess().getTextAssignment()) {
            patterns(ctx, acceptor);
        } else if (assignment == grammar.getRefAccess().getNameAssignment()
                || assignment == grammar.getCallAccess().getFunctionAssignment_0()) {
            names(ctx, acceptor);
        } else if (assignment == grammar.getPostfixAccess().getMemberAssignment_1_2()) {
            members(ctx, acceptor);
        } else if (assignment == grammar.getProfileDeclAccess().getNameAssignment_1()) {
            context.catalog().profiles().forEach(p -> accept(ctx, acceptor, p.id(), p.name(), ContentAssistEntry.KIND_VALUE));
        } else if (assignment == grammar.getFieldAccess().getKeyAssignment_0()) {
            for (String f : List.of("productKey", "deviceName", "deviceSecret", "productSecret", "clientId")) {
                accept(ctx, acceptor, f, "identity field", ContentAssistEntry.KIND_PROPERTY);
            }
        } else {
            super._createProposals(assignment, ctx, acceptor);
        }
    }

    private void commands(ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        if (placeholder(ctx, acceptor)) {
            return;
        }
        EObject model = ctx.getCurrentModel() != null ? ctx.getCurrentModel() : ctx.getRootModel();
        String profile = model == null ? null : context.profile(model);
        AtCatalog catalog = context.catalog();
        for (CommandSpec c : catalog.commands(profile)) {
            for (String text : CommandProposals.forms(c, v -> profile == null || catalog.available(v, profile))) {
                ContentAssistEntry e = getProposalCreator().createProposal(text, ctx);
                if (e != null) {
                    e.setLabel(text);
                    e.setDescription(c.summary());
                    e.setDocumentation(CommandDocs.command(catalog, c));
                    e.setKind(ContentAssistEntry.KIND_FUNCTION);
                    acceptor.accept(e, getProposalPriorities().getDefaultPriority(e));
                }
            }
        }
    }

    /** Inside an open {@code ${...}} of a command or pattern: names, identity fields and functions. */
    private boolean placeholder(ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        String prefix = ctx.getPrefix();
        int open = prefix.lastIndexOf("${");
        if (open < 0 || prefix.indexOf('}', open) >= 0 || ctx.getRootModel() == null) {
            return false;
        }
        String head = prefix.substring(0, open + 2);
        String partial = prefix.substring(open + 2);
        ScriptIndex index = context.index(ctx.getRootModel());
        int dot = partial.indexOf('.');
        if (dot > 0) {
            String target = partial.substring(0, dot);
            List<String> fields = index.devices().containsKey(target) ? List.of("productKey", "deviceName", "deviceSecret")
                    : index.products().containsKey(target) ? List.of("productKey", "productSecret") : List.of();
            fields.forEach(f -> accept(ctx, acceptor, head + target + "." + f + "}", target + " field",
                    ContentAssistEntry.KIND_PROPERTY));
        } else {
            index.names().forEach(n -> accept(ctx, acceptor, head + n + "}", "name", ContentAssistEntry.KIND_VARIABLE));
            new TreeSet<>(ScriptIndex.FUNCTIONS).forEach(f -> accept(ctx, acceptor, head + f + "()}", "function",
                    ContentAssistEntry.KIND_FUNCTION));
        }
        return true;
    }

    private void patterns(ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        if (placeholder(ctx, acceptor)) {
            return;
        }
        for (UrcSpec u : context.catalog().urcs()) {
            String text = u.name() + ": " + String.join(",", u.fields().stream().map(f -> "{" + camel(f) + "}").toList());
            accept(ctx, acceptor, text, u.unsolicited() ? "URC" : u.result() ? "delayed result" : "response",
                    ContentAssistEntry.KIND_VALUE);
        }
        for (FinalResult r : context.catalog().results()) {
            accept(ctx, acceptor, r.name(), r.doc(), ContentAssistEntry.KIND_ENUM);
        }
    }

    private void names(ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        EObject model = ctx.getRootModel();
        if (model != null) {
            ScriptIndex index = context.index(model);
            for (String n : index.names()) {
                String kind = index.devices().containsKey(n) ? "device" : index.products().containsKey(n) ? "product"
                        : index.payloads().containsKey(n) ? "payload" : "variable";
                accept(ctx, acceptor, n, kind, ContentAssistEntry.KIND_VARIABLE);
            }
        }
        for (String f : new TreeSet<>(ScriptIndex.FUNCTIONS)) {
            accept(ctx, acceptor, f + "()", "function", ContentAssistEntry.KIND_FUNCTION);
        }
    }

    private void members(ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        EObject model = ctx.getCurrentModel();
        String target = model instanceof Member m && m.getTarget() instanceof Ref r ? r.getName()
                : model instanceof Ref r ? r.getName() : null;
        if (target == null || ctx.getRootModel() == null) {
            return;
        }
        ScriptIndex index = context.index(ctx.getRootModel());
        List<String> fields = index.devices().containsKey(target)
                ? List.of("productKey", "deviceName", "deviceSecret", "clientId")
                : index.products().containsKey(target) ? List.of("productKey", "productSecret", "deviceName") : List.of();
        fields.forEach(f -> accept(ctx, acceptor, f, target + " field", ContentAssistEntry.KIND_PROPERTY));
    }

    private void accept(ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor, String text, String description,
            String kind) {
        ContentAssistEntry e = getProposalCreator().createProposal(text, ctx);
        if (e != null) {
            e.setDescription(description);
            e.setKind(kind);
            acceptor.accept(e, getProposalPriorities().getDefaultPriority(e));
        }
    }

    static String camel(String field) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : b.isEmpty() ? Character.toLowerCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
