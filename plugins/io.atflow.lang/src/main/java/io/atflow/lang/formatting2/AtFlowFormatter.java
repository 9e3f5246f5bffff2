package io.atflow.lang.formatting2;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;

import io.atflow.lang.atFlow.Assign;
import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Binary;
import io.atflow.lang.atFlow.Block;
import io.atflow.lang.atFlow.Call;
import io.atflow.lang.atFlow.ConnectData;
import io.atflow.lang.atFlow.Delay;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Element;
import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.atFlow.Fail;
import io.atflow.lang.atFlow.Field;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.If;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Log;
import io.atflow.lang.atFlow.Member;
import io.atflow.lang.atFlow.Not;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.ProfileDecl;
import io.atflow.lang.atFlow.Prompt;
import io.atflow.lang.atFlow.Receive;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.ScriptTimeout;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Statement;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.atFlow.VarDecl;

/**
 * The canonical layout: one statement per line, two-space indentation inside braces, one space between the words of
 * a statement, at most one blank line kept between statements. Idempotent; the user's indentation settings are
 * ignored so every file looks the same.
 */
public class AtFlowFormatter extends AbstractJavaFormatter {
    public static final String INDENT = "  ";

    @Override
    protected void initialize(FormatterRequest request) {
        MapBasedPreferenceValues prefs = new MapBasedPreferenceValues(request.getPreferences(),
                Map.of(FormatterPreferenceKeys.indentation.getId(), INDENT,
                        FormatterPreferenceKeys.maxLineWidth.getId(), "100000"));
        request.setPreferences(TypedPreferenceValues.castOrWrap(prefs));
        super.initialize(request);
    }

    protected void format(Script script, IFormattableDocument doc) {
        List<Element> elements = script.getElements();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (i == 0) {
                doc.prepend(e, IHiddenRegionFormatter::noSpace);
            }
            doc.append(e, hf -> hf.setNewLines(1, 1, 2));
            doc.format(e);
        }
    }

    protected void format(Include e, IFormattableDocument doc) {
        word(e, "include", doc);
    }

    protected void format(ProfileDecl e, IFormattableDocument doc) {
        word(e, "profile", doc);
    }

    protected void format(io.atflow.lang.atFlow.ThingModelDecl e, IFormattableDocument doc) {
        word(e, "thingModel", doc);
    }

    protected void format(ScriptTimeout e, IFormattableDocument doc) {
        word(e, "timeout", doc);
    }

    protected void format(Device e, IFormattableDocument doc) {
        word(e, "device", doc);
        fields(e, e.getFields(), doc);
    }

    protected void format(Product e, IFormattableDocument doc) {
        word(e, "product", doc);
        fields(e, e.getFields(), doc);
    }

    protected void format(Field e, IFormattableDocument doc) {
        doc.append(regionFor(e).feature(io.atflow.lang.atFlow.AtFlowPackage.Literals.FIELD__KEY),
                IHiddenRegionFormatter::oneSpace);
        doc.format(e.getValue());
    }

    protected void format(PayloadDecl e, IFormattableDocument doc) {
        word(e, "payload", doc);
        around(e, "=", doc);
        doc.format(e.getValue());
    }

    protected void format(Step e, IFormattableDocument doc) {
        word(e, "step", doc);
        around(e, "timeout", doc);
        around(e, "retry", doc);
        doc.prepend(e.getBody(), IHiddenRegionFormatter::oneSpace);
        doc.format(e.getBody());
    }

    protected void format(Block e, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(e).keyword("{");
        ISemanticRegion close = regionFor(e).keyword("}");
        if (open == null || close == null) {
            return;
        }
        doc.interior(open, close, IHiddenRegionFormatter::indent);
        doc.append(open, IHiddenRegionFormatter::newLine);
        for (Statement s : e.getStatements()) {
            doc.append(s, hf -> hf.setNewLines(1, 1, 2));
            doc.format(s);
        }
        if (e.getStatements().isEmpty()) {
            doc.prepend(close, IHiddenRegionFormatter::newLine);
        }
    }

    protected void format(Send e, IFormattableDocument doc) {
        word(e, "send", doc);
        doc.prepend(e.getData(), IHiddenRegionFormatter::oneSpace);
        doc.format(e.getData());
        around(e, "expect", doc);
        around(e, "timeout", doc);
        around(e, "retry", doc);
    }

    protected void format(Prompt e, IFormattableDocument doc) {
        word(e, "prompt", doc);
        doc.prepend(regionFor(e).keyword("ctrlz"), IHiddenRegionFormatter::oneSpace);
        doc.format(e.getValue());
    }

    protected void format(ConnectData e, IFormattableDocument doc) {
        word(e, "connect", doc);
        doc.format(e.getValue());
    }

    protected void format(Receive e, IFormattableDocument doc) {
        word(e, "receive", doc);
    }

    protected void format(Await e, IFormattableDocument doc) {
        word(e, "await", doc);
        around(e, "within", doc);
    }

    protected void format(Handler e, IFormattableDocument doc) {
        word(e, "on", doc);
        doc.prepend(e.getBody(), IHiddenRegionFormatter::oneSpace);
        doc.format(e.getBody());
    }

    protected void format(VarDecl e, IFormattableDocument doc) {
        word(e, "var", doc);
        around(e, "=", doc);
        doc.format(e.getValue());
    }

    protected void format(Assign e, IFormattableDocument doc) {
        word(e, "set", doc);
        around(e, "=", doc);
        doc.format(e.getValue());
    }

    protected void format(If e, IFormattableDocument doc) {
        word(e, "if", doc);
        doc.format(e.getCondition());
        doc.prepend(e.getThen(), IHiddenRegionFormatter::oneSpace);
        doc.format(e.getThen());
        around(e, "else", doc);
        doc.format(e.getElse());
    }

    protected void format(Fail e, IFormattableDocument doc) {
        word(e, "fail", doc);
        doc.format(e.getMessage());
    }

    protected void format(Log e, IFormattableDocument doc) {
        word(e, "log", doc);
        doc.format(e.getMessage());
    }

    protected void format(Delay e, IFormattableDocument doc) {
        word(e, "delay", doc);
    }

    protected void format(Binary e, IFormattableDocument doc) {
        doc.surround(regionFor(e).feature(io.atflow.lang.atFlow.AtFlowPackage.Literals.BINARY__OP),
                IHiddenRegionFormatter::oneSpace);
        parens(e, doc);
        doc.format(e.getLeft());
        doc.format(e.getRight());
    }

    protected void format(Not e, IFormattableDocument doc) {
        word(e, "not", doc);
        parens(e, doc);
        doc.format(e.getOperand());
    }

    protected void format(Member e, IFormattableDocument doc) {
        doc.surround(regionFor(e).keyword("."), IHiddenRegionFormatter::noSpace);
        parens(e, doc);
        doc.format(e.getTarget());
    }

    protected void format(Call e, IFormattableDocument doc) {
        doc.surround(regionFor(e).keyword("("), IHiddenRegionFormatter::noSpace);
        doc.prepend(regionFor(e).keyword(")"), IHiddenRegionFormatter::noSpace);
        for (ISemanticRegion comma : regionFor(e).keywords(",")) {
            doc.prepend(comma, IHiddenRegionFormatter::noSpace);
            doc.append(comma, IHiddenRegionFormatter::oneSpace);
        }
        e.getArgs().forEach(doc::format);
    }

    /** Parentheses written around an expression: no space inside. */
    private void parens(Expression e, IFormattableDocument doc) {
        for (ISemanticRegion open : regionFor(e).keywords("(")) {
            doc.append(open, IHiddenRegionFormatter::noSpace);
        }
        for (ISemanticRegion close : regionFor(e).keywords(")")) {
            doc.prepend(close, IHiddenRegionFormatter::noSpace);
        }
    }

    private void fields(EObject decl, List<Field> fields, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(decl).keyword("{");
        ISemanticRegion close = regionFor(decl).keyword("}");
        doc.prepend(open, IHiddenRegionFormatter::oneSpace);
        doc.interior(open, close, IHiddenRegionFormatter::indent);
        doc.append(open, IHiddenRegionFormatter::newLine);
        for (Field f : fields) {
            doc.append(f, IHiddenRegionFormatter::newLine);
            doc.format(f);
        }
        if (fields.isEmpty()) {
            doc.prepend(close, IHiddenRegionFormatter::newLine);
        }
    }

    private void word(EObject e, String keyword, IFormattableDocument doc) {
        doc.append(regionFor(e).keyword(keyword), IHiddenRegionFormatter::oneSpace);
    }

    private void around(EObject e, String keyword, IFormattableDocument doc) {
        doc.surround(regionFor(e).keyword(keyword), IHiddenRegionFormatter::oneSpace);
    }

}
