package io.atflow.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Content assist at an offset, in-process: the proposals of {@link AtFlowContentProposalProvider} with the range they
 * replace, sorted (highest priority first, then by label) and without duplicates. The editor turns them into its own
 * proposals; the language server uses the same provider through Xtext's completion service.
 */
public class Completions {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "atflow-content-assist");
        t.setDaemon(true);
        return t;
    });

    @Inject
    private Provider<ContentAssistContextFactory> factories;
    @Inject
    private IdeContentProposalProvider provider;

    /** Proposals at {@code offset} of {@code text}, the content of {@code resource}. */
    public List<Completion> at(XtextResource resource, String text, int offset, CancelIndicator cancel) {
        ContentAssistContextFactory factory = factories.get();
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        Map<String, Completion> out = new LinkedHashMap<>();
        provider.createProposals(Arrays.asList(contexts), new IIdeContentProposalAcceptor() {
            @Override
            public void accept(ContentAssistEntry entry, int priority) {
                if (entry == null || entry.getProposal() == null) {
                    return;
                }
                String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
                Completion c = new Completion(entry.getProposal(), offset - prefix.length(), prefix.length(),
                        entry.getLabel() != null ? entry.getLabel() : entry.getProposal(), entry.getDescription(),
                        entry.getDocumentation(), entry.getKind(), priority);
                out.merge(c.text(), c, (a, b) -> a.priority() >= b.priority() ? a : b);
            }

            @Override
            public boolean canAcceptMoreProposals() {
                return cancel == null || !cancel.isCanceled();
            }
        });
        List<Completion> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparingInt(Completion::priority).reversed().thenComparing(Completion::label));
        return sorted;
    }
}
