package io.atflow.run.interp.debug;

import java.io.StringReader;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.services.AtFlowGrammarAccess;

/** Parses an expression of the language on its own (a breakpoint's condition, a watch) with the language's parser. */
final class ExpressionParser {
    private ExpressionParser() {
    }

    /** The expression of {@code text}; throws with one sentence when it does not parse. */
    static Expression parse(String text) {
        IParser parser = AtFlowLanguage.injector().getInstance(IParser.class);
        AtFlowGrammarAccess grammar = AtFlowLanguage.injector().getInstance(AtFlowGrammarAccess.class);
        IParseResult r = parser.parse(grammar.getExpressionRule(), new StringReader(text));
        if (r.hasSyntaxErrors() || !(r.getRootASTElement() instanceof Expression e)) {
            String why = "";
            for (INode n : r.getSyntaxErrors()) {
                why = ": " + n.getSyntaxErrorMessage().getMessage();
                break;
            }
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not an expression" + why);
        }
        return e;
    }
}
