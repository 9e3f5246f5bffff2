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
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Statement;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.atFlow.VarDecl;

/**
 * The outline of a script: steps (with their commands, awaits and handlers), devices, products, payloads, variables,
 * URC handlers and includes.
 */
public final class ScriptOutline {
    private ScriptOutline() {
    }

    public static List<DocumentSymbol> symbols(XtextResource resource) {
        if (resource.getContents().isEmpty() || resource.getParseResult() == null) {
            return List.of();
        }
        Document doc = new Document(1, resource.getParseResult().getRootNode().getText());
        List<DocumentSymbol> out = new ArrayList<>();
        for (Element e : ((Script) resource.getContents().get(0)).getElements()) {
            DocumentSymbol s = symbol(e, doc);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static DocumentSymbol symbol(EObject e, Document doc) {
        return switch (e) {
            case Step s -> {
                DocumentSymbol sym = make(s, doc, "step \"" + s.getName() + "\"", SymbolKind.Namespace,
                        s.getTimeout() == null ? null : "timeout " + s.getTimeout());
                sym.setChildren(children(s.getBody(), doc));
                yield sym;
            }
            case Device d -> make(d, doc, d.getName(), SymbolKind.Object, "device");
            case Product p -> make(p, doc, p.getName(), SymbolKind.Class, "product");
            case PayloadDecl p -> make(p, doc, p.getName(), SymbolKind.Constant, "payload");
            case VarDecl v -> make(v, doc, v.getName(), SymbolKind.Variable, "var");
            case Handler h -> make(h, doc, "on " + text(h.getPattern()), SymbolKind.Event, "URC handler");
            case Include i -> make(i, doc, i.getPath(), SymbolKind.File, "include");
            case Send s -> make(s, doc, s.getCommand(), SymbolKind.Function, s.getExpect() == null ? null
                    : "expect " + s.getExpect().getText());
            case Await a -> make(a, doc, "await " + text(a.getPattern()), SymbolKind.Event, a.getTimeout());
            default -> null;
        };
    }

    private static List<DocumentSymbol> children(Block block, Document doc) {
        List<DocumentSymbol> out = new ArrayList<>();
        if (block != null) {
            for (Statement st : block.getStatements()) {
                DocumentSymbol s = symbol(st, doc);
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
