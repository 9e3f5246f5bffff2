package io.atflow.lang.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Block;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Element;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.ProfileDecl;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.ScriptTimeout;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Statement;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.atFlow.VarDecl;

/**
 * The outline of a script: steps (with their commands, awaits and handlers), devices, products, payloads, variables,
 * URC handlers and includes. {@link #structure} adds every other statement (and the script's profile and timeout),
 * for comparing two versions of a script element by element.
 */
public final class ScriptOutline {
    private ScriptOutline() {
    }

    public static List<DocumentSymbol> symbols(XtextResource resource) {
        return symbols(resource, false);
    }

    /**
     * The outline with every statement: {@code if}, {@code fail}, {@code log}, {@code set} and {@code delay} as symbols
     * of kind {@link SymbolKind#Operator} named by their source text, the script's {@code profile} and {@code timeout}
     * as {@link SymbolKind#Property}.
     */
    public static List<DocumentSymbol> structure(XtextResource resource) {
        return symbols(resource, true);
    }

    private static List<DocumentSymbol> symbols(XtextResource resource, boolean every) {
        if (resource.getContents().isEmpty() || resource.getParseResult() == null) {
            return List.of();
        }
        Document doc = new Document(1, resource.getParseResult().getRootNode().getText());
        List<DocumentSymbol> out = new ArrayList<>();
        for (Element e : ((Script) resource.getContents().get(0)).getElements()) {
            DocumentSymbol s = symbol(e, doc, every);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static DocumentSymbol symbol(EObject e, Document doc, boolean every) {
        return switch (e) {
            case Step s -> {
                DocumentSymbol sym = make(s, doc, "step \"" + s.getName() + "\"", SymbolKind.Namespace,
                        s.getTimeout() == null ? null : "timeout " + s.getTimeout());
                sym.setChildren(children(s.getBody(), doc, every));
                yield sym;
            }
            case Device d -> make(d, doc, d.getName(), SymbolKind.Object, "device");
            case Product p -> make(p, doc, p.getName(), SymbolKind.Class, "product");
            case PayloadDecl p -> make(p, doc, p.getName(), SymbolKind.Constant, "payload");
            case VarDecl v -> make(v, doc, v.getName(), SymbolKind.Variable, "var");
            case Handler h -> make(h, doc, "on " + text(h.getPattern()), SymbolKind.Event, "URC handler");
            case Include i -> make(i, doc, i.getPath(), SymbolKind.File, "include");
            case io.atflow.lang.atFlow.ThingModelDecl t -> make(t, doc, t.getPath(), SymbolKind.File, "thing model");
            case Send s -> make(s, doc, s.getCommand(), SymbolKind.Function, s.getExpect() == null ? null
                    : "expect " + s.getExpect().getText());
            case Await a -> make(a, doc, "await " + text(a.getPattern()), SymbolKind.Event, a.getTimeout());
            case ProfileDecl p when every -> make(p, doc, source(p), SymbolKind.Property, null);
            case ScriptTimeout t when every -> make(t, doc, source(t), SymbolKind.Property, null);
            case Statement st when every -> make(st, doc, source(st), SymbolKind.Operator, null);
            default -> null;
        };
    }

    /** A statement's source text on one line, long ones cut: {@code if json(reply).code != "200" fail "..."}. */
    private static String source(EObject o) {
        String text = NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(o));
        return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
    }

    private static List<DocumentSymbol> children(Block block, Document doc, boolean every) {
        List<DocumentSymbol> out = new ArrayList<>();
        if (block != null) {
            for (Statement st : block.getStatements()) {
                DocumentSymbol s = symbol(st, doc, every);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String text(io.atflow.lang.atFlow.Pattern p) {
        return p == null || p.getText() == null ? "" : p.getText();
    }

    private static DocumentSymbol make(EObject o, Document doc, String name, SymbolKind kind, String detail) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
        Range range = new Range(doc.getPosition(node.getOffset()), doc.getPosition(node.getEndOffset()));
        DocumentSymbol s = new DocumentSymbol(name == null || name.isEmpty() ? "?" : name, kind, range, range, detail);
        s.setChildren(new ArrayList<>());
        return s;
    }
}
