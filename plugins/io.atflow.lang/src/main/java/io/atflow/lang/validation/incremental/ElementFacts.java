package io.atflow.lang.validation.incremental;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.atflow.lang.atFlow.Assign;
import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Receive;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Statement;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.atFlow.ThingModelDecl;
import io.atflow.lang.atFlow.VarDecl;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.PatternText;

/**
 * What the checks of one element read from the rest of the script. The checks of a statement or step see the
 * script-wide facts ({@code ValidationContext}: declared names and their values, the profile, the identities the script
 * connects as, the secrets it names) and, for a top-level handler or await, its neighbours. An element contributes to
 * the script-wide facts with its declarations (all of a device, product, payload, profile, include, thing model or
 * timeout; a step's variables, assignments, captures, received names and log-ins).
 */
final class ElementFacts {
    private static final Pattern SECRET = Pattern.compile("secret\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ElementFacts() {
    }

    /** The element's contribution to the script-wide facts; {@code text} is its text. */
    static List<String> of(EObject element, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SECRET.matcher(text);
        while (m.find()) {
            out.add("secret " + m.group(1));
        }
        if (!(element instanceof Step) && !(element instanceof Statement)) {
            out.add(element.eClass().getName() + " " + text.strip());
            return out;
        }
        add(element, out);
        for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
            add(it.next(), out);
        }
        return out;
    }

    private static void add(EObject o, List<String> out) {
        switch (o) {
            case VarDecl v -> out.add("var " + text(v));
            case Assign a -> out.add("set " + a.getName());
            case Receive r -> out.add("receive " + r.getName());
            case Send s -> {
                if (s.getExpect() != null) {
                    captures(s.getExpect().getText(), out);
                }
                if (s.getCommand() != null) {
                    String name = AtCommandText.parse(s.getCommand()).name();
                    if (name.equals("AT+QMTCONN") || name.equals("AT+QMTCFG")) {
                        out.add("login " + s.getCommand());
                    }
                }
            }
            case Await a when a.getPattern() != null -> captures(a.getPattern().getText(), out);
            case Handler h when h.getPattern() != null -> captures(h.getPattern().getText(), out);
            default -> {
            }
        }
    }

    private static void captures(String pattern, List<String> out) {
        if (pattern != null) {
            PatternText.parse(pattern).captures().forEach(c -> out.add("capture " + c.name()));
        }
    }

    /** True for elements whose checks read files (an include, a thing model): checked on every validation. */
    static boolean readsFiles(EObject element) {
        return element instanceof Include || element instanceof ThingModelDecl;
    }

    /**
     * What the checks of a top-level element read from around it: its column (issues on its first line), the steps
     * above a handler, the command before an await, syntax errors at its end.
     */
    static String position(EObject element, int column, int stepsAbove, String previousCommand, String errors) {
        StringBuilder b = new StringBuilder().append(column).append('|').append(errors);
        if (element instanceof Handler) {
            b.append("|steps ").append(stepsAbove);
        }
        if (element instanceof Await) {
            b.append("|after ").append(previousCommand);
        }
        return b.toString();
    }

    private static String text(EObject o) {
        var node = NodeModelUtils.getNode(o);
        return node == null ? "" : node.getText().strip();
    }
}
