package io.atflow.lang.validation.incremental;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;

import com.google.inject.Inject;

import io.atflow.lang.atFlow.Script;
import io.atflow.lang.linking.CrossReferences;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.validation.ValidationContext;

/**
 * Xtext's resource validation, re-running after an edit only the checks whose inputs the edit can have changed. The
 * script's own checks (duplicate names, the TLS set-up, payloads against the thing model) run every time; the checks of
 * a top-level element (a step with its statements, a declaration) run again when its text, the script-wide facts it
 * reads ({@link ElementFacts}) or its position-dependent inputs changed, else its earlier issues are moved to where
 * the element stands now. The first validation of a resource checks everything. The outcome equals Xtext's full
 * validation, issue for issue and in the same order (pinned by {@code IncrementalValidationTest}).
 */
public class IncrementalResourceValidator extends ResourceValidatorImpl {
    @Inject
    private Diagnostician diagnostician;
    @Inject
    private EValidator.Registry validators;
    @Inject
    private OperationCanceledManager cancellation;
    @Inject
    private ValidationContext context;

    @Override
    protected void resolveProxies(Resource resource, CancelIndicator monitor) {
        if (!CrossReferences.exist(resource)) {
            return; // nothing to resolve: skips a walk over the whole model
        }
        super.resolveProxies(resource, monitor);
    }

    @Override
    protected void validate(Resource resource, EObject element, CheckMode mode, CancelIndicator monitor,
            IAcceptor<Issue> acceptor) {
        if (!(element instanceof Script script) || !(resource instanceof XtextResource xr)
                || NodeModelUtils.getNode(script) == null) {
            super.validate(resource, element, mode, monitor, acceptor);
            return;
        }
        ownChecks(xr, script, mode, monitor, acceptor);
        elements(xr, script, mode, monitor, acceptor);
    }

    /** The checks of the script object itself, without descending into its elements. */
    private void ownChecks(XtextResource resource, Script script, CheckMode mode, CancelIndicator monitor,
            IAcceptor<Issue> acceptor) {
        EValidator validator = validators.getEValidator(script.eClass().getEPackage());
        if (validator == null) {
            return;
        }
        Map<Object, Object> options = diagnostician.createDefaultContext();
        options.put(CheckMode.KEY, mode);
        options.put(CancelableDiagnostician.CANCEL_INDICATOR, monitor);
        options.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
        options.put(EValidator.class, diagnostician);
        options.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, resource.getLanguageName());
        BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(script);
        try {
            validator.validate(script.eClass(), script, chain, options);
        } catch (RuntimeException e) {
            cancellation.propagateAsErrorIfCancelException(e);
            throw e;
        }
        for (Diagnostic d : chain.getChildren()) {
            issueFromEValidatorDiagnostic(d, acceptor);
        }
    }

    private void elements(XtextResource resource, Script script, CheckMode mode, CancelIndicator monitor,
            IAcceptor<Issue> acceptor) {
        ValidationMemo memo = ValidationMemo.of(resource);
        List<EObject> elements = new ArrayList<>(script.getElements());
        String[] texts = new String[elements.size()];
        List<List<String>> facts = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            ICompositeNode node = NodeModelUtils.getNode(elements.get(i));
            texts[i] = node == null ? "" : node.getText();
            ElementResult known = memo.results.get(texts[i]);
            facts.add(known != null ? known.facts() : ElementFacts.of(elements.get(i), texts[i]));
        }
        List<String> signature = signature(script, facts);
        if (!signature.equals(memo.signature)) {
            memo.signature = signature;
            memo.generation++;
        }
        int[] errors = errorOffsets(resource);
        String all = resource.getParseResult().getRootNode().getText();
        Map<String, ElementResult> next = new HashMap<>();
        int steps = 0;
        int checked = 0;
        String previousCommand = null;
        for (int i = 0; i < elements.size(); i++) {
            cancellation.checkCanceled(monitor);
            EObject element = elements.get(i);
            ICompositeNode node = NodeModelUtils.getNode(element);
            int offset = node == null ? 0 : node.getTotalOffset();
            var at = NodeModelUtils.getLineAndColumn(resource.getParseResult().getRootNode(), offset);
            String position = ElementFacts.readsFiles(element) ? null
                    : ElementFacts.position(element, startsOnItsOwnLine(texts[i]) ? -1 : at.getColumn(), steps,
                            previousCommand,
                            errorsIn(errors, offset, offset + texts[i].length(), all));
            String fragment = resource.getURIFragment(element);
            ElementResult known = memo.results.get(texts[i]);
            List<Issue> issues;
            if (known != null && position != null && known.generation() == memo.generation
                    && position.equals(known.position())) {
                issues = IssueMove.all(known.issues(), offset - known.offset(), at.getLine() - known.line(),
                        known.fragment(), fragment);
            } else {
                List<Issue> found = new ArrayList<>();
                super.validate(resource, element, mode, monitor, found::add);
                issues = found;
                checked++;
            }
            issues.forEach(acceptor::accept);
            if (!next.containsKey(texts[i])) {
                next.put(texts[i], new ElementResult(facts.get(i), memo.generation, position, offset, at.getLine(),
                        fragment, issues));
            }
            if (element instanceof Step) {
                steps++;
            } else if (element instanceof Send s) {
                previousCommand = s.getCommand();
            }
        }
        memo.results = next;
        memo.checked = checked;
    }

    /** The script-wide facts: every element's contribution and the current value of every secret the script names. */
    private List<String> signature(Script script, List<List<String>> facts) {
        List<String> out = new ArrayList<>();
        TreeSet<String> secrets = new TreeSet<>();
        for (List<String> f : facts) {
            for (String s : f) {
                if (s.startsWith("secret ")) {
                    secrets.add(s.substring("secret ".length()));
                } else {
                    out.add(s);
                }
            }
        }
        var evaluator = context.evaluator(script);
        for (String name : secrets) {
            out.add("secret " + name + "=" + evaluator.secret(name).map(v -> Integer.toHexString(v.hashCode()))
                    .orElse("-"));
        }
        return out;
    }

    /** True when the text's first line holds only blanks: no issue of the element lies on it, columns do not move. */
    private static boolean startsOnItsOwnLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static int[] errorOffsets(XtextResource resource) {
        return resource.getErrors().stream().filter(org.eclipse.xtext.diagnostics.Diagnostic.class::isInstance)
                .mapToInt(d -> ((org.eclipse.xtext.diagnostics.Diagnostic) d).getOffset()).sorted().toArray();
    }

    /** Syntax errors from {@code from} to the end of the blanks after {@code to}, relative to {@code from}. */
    private static String errorsIn(int[] errors, int from, int to, String text) {
        if (errors.length == 0) {
            return "";
        }
        int end = to;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        int i = Arrays.binarySearch(errors, from);
        i = i < 0 ? -i - 1 : i;
        while (i > 0 && errors[i - 1] == from) {
            i--;
        }
        StringBuilder b = new StringBuilder();
        for (; i < errors.length && errors[i] <= end; i++) {
            b.append(errors[i] - from).append(',');
        }
        return b.toString();
    }
}
