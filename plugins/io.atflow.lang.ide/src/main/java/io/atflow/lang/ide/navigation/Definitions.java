package io.atflow.lang.ide.navigation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.atflow.lang.atFlow.Assign;
import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Field;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Member;
import io.atflow.lang.atFlow.Pattern;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.Receive;
import io.atflow.lang.atFlow.Ref;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.ide.TokenAt;
import io.atflow.lang.model.Includes;
import io.atflow.lang.model.PatternText;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.model.Template;

/**
 * Go to definition: the declaration of the name at an offset. Names are used as references ({@code meter},
 * {@code set apn = ...}), inside {@code ${...}} of commands, patterns and strings, and as members
 * ({@code meter.productKey} leads to the field); an include leads to the included file. Declarations are devices,
 * products, payloads, variables, pattern captures and {@code receive} targets, in the script or its includes.
 */
public final class Definitions {
    private Definitions() {
    }

    public static Optional<Definition> at(XtextResource resource, int offset) {
        TokenAt token = TokenAt.find(resource, offset);
        if (token == null || resource.getContents().isEmpty()) {
            return Optional.empty();
        }
        Script script = (Script) resource.getContents().get(0);
        if (token.element() instanceof Include inc) {
            org.eclipse.emf.common.util.URI uri = Includes.uri(inc);
            return uri == null || Includes.load(inc) == null ? Optional.empty()
                    : Optional.of(new Definition(inc.getPath(), token.offset(), token.text().length(), uri, 0, 0));
        }
        Word word = Word.at(token.text(), Math.min(token.offsetInToken(), token.text().length()));
        if (word == null || !(usesNames(token.element(), token.text()) || inPlaceholder(token.text(), word.start()))) {
            return Optional.empty();
        }
        int start = token.offset() + word.start();
        if (token.element() instanceof Member m && word.text().equals(m.getMember()) && m.getTarget() instanceof Ref r) {
            return field(script, r.getName(), word.text(), start);
        }
        if (word.qualifier() != null) {
            return field(script, word.qualifier(), word.text(), start);
        }
        return declaration(script, word.text()).map(d -> d.at(word.text(), start));
    }

    /** True for tokens that refer to names: references, assignments and text with placeholders. */
    private static boolean usesNames(EObject element, String tokenText) {
        return switch (element) {
            case Ref r -> true;
            case Member m -> true;
            case Assign a -> tokenText.equals(a.getName());
            default -> false;
        };
    }

    /** True when {@code index} of a token's text lies inside one of its {@code ${...}} placeholders. */
    private static boolean inPlaceholder(String tokenText, int index) {
        return Template.parse(tokenText).placeholders().stream()
                .anyMatch(p -> index >= p.offset() + 2 && index < p.offset() + p.length());
    }

    private static Optional<Definition> field(Script script, String owner, String key, int start) {
        ScriptIndex index = ScriptIndex.build(script);
        EObject decl = index.devices().containsKey(owner) ? index.devices().get(owner) : index.products().get(owner);
        List<Field> fields = decl instanceof Device d ? d.getFields() : decl instanceof Product p ? p.getFields() : List.of();
        return fields.stream().filter(f -> key.equals(f.getKey())).findFirst()
                .map(f -> new Target(f, Literals.FIELD__KEY, 0, key.length()).at(key, start));
    }

    /** Where a name is declared: identity, payload, first {@code var}, then the first capture or receive. */
    static Optional<Target> declaration(Script script, String name) {
        ScriptIndex index = ScriptIndex.build(script);
        EObject decl = index.devices().containsKey(name) ? index.devices().get(name)
                : index.products().containsKey(name) ? index.products().get(name)
                : index.payloads().containsKey(name) ? index.payloads().get(name)
                : index.vars(name).isEmpty() ? null : index.vars(name).get(0);
        if (decl != null) {
            return Optional.of(new Target(decl, decl.eClass().getEStructuralFeature("name"), 0, name.length()));
        }
        return capture(script, name, new HashSet<>());
    }

    private static Optional<Target> capture(Script script, String name, Set<Resource> seen) {
        if (script == null || !seen.add(script.eResource())) {
            return Optional.empty();
        }
        for (TreeIterator<EObject> it = script.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            Pattern p = o instanceof Send s ? s.getExpect() : o instanceof Await a ? a.getPattern()
                    : o instanceof Handler h ? h.getPattern() : null;
            if (p != null && p.getText() != null) {
                for (PatternText.Capture c : PatternText.parse(p.getText()).captures()) {
                    if (c.name().equals(name)) {
                        return Optional.of(new Target(p, Literals.PATTERN__TEXT, c.offset() + 1, name.length()));
                    }
                }
                it.prune();
            } else if (o instanceof Receive r && name.equals(r.getName())) {
                return Optional.of(new Target(r, Literals.RECEIVE__NAME, 0, name.length()));
            } else if (o instanceof Include inc) {
                Optional<Target> t = capture(Includes.load(inc), name, seen);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** A range inside the token that holds {@code feature} of a declaration. */
    record Target(EObject owner, EStructuralFeature feature, int relative, int length) {
        Definition at(String name, int sourceOffset) {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
            int base = nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(owner).getOffset() : nodes.get(0).getOffset();
            return new Definition(name, sourceOffset, name.length(), owner.eResource().getURI(), base + relative, length);
        }
    }

    /** The identifier at an index of a token's text, and the name before it when it follows a dot. */
    record Word(String text, int start, String qualifier) {
        static Word at(String s, int index) {
            int start = index;
            while (start > 0 && isPart(s.charAt(start - 1))) {
                start--;
            }
            int end = index;
            while (end < s.length() && isPart(s.charAt(end))) {
                end++;
            }
            if (start == end || !(Character.isLetter(s.charAt(start)) || s.charAt(start) == '_')) {
                return null;
            }
            String qualifier = null;
            if (start > 0 && s.charAt(start - 1) == '.') {
                int q = start - 1;
                while (q > 0 && isPart(s.charAt(q - 1))) {
                    q--;
                }
                if (q == start - 1) {
                    return null; // a member of an expression such as json(reply).code
                }
                qualifier = s.substring(q, start - 1);
            }
            return new Word(s.substring(start, end), start, qualifier);
        }

        private static boolean isPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
