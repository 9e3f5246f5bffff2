package io.atflow.launch.debug.breakpoints;

import java.io.StringReader;
import java.util.regex.Pattern;

import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

import com.google.inject.Injector;

import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.services.AtFlowGrammarAccess;

/**
 * Checks what a user types as a line breakpoint's condition (an expression of the language, parsed with the
 * language's parser from its Expression rule, as the interpreter's debugger parses it) and hit condition ({@code 3},
 * {@code >= 3}, {@code > 2}, {@code == 3}, {@code % 2}, as {@link io.atflow.run.debug.Breakpoint} documents it).
 */
public final class BreakpointConditions {
    private static final Pattern HIT = Pattern.compile("\\s*(?:(?:>=|>|==|%)\\s*)?[1-9][0-9]{0,8}\\s*");
    private final IParser parser;
    private final ParserRule expression;

    /** {@code language}: the language's injector ({@code AtFlowLanguage.injector()}). */
    public BreakpointConditions(Injector language) {
        this.parser = language.getInstance(IParser.class);
        this.expression = language.getInstance(AtFlowGrammarAccess.class).getExpressionRule();
    }

    /** One sentence saying what is wrong with {@code condition}, or null (blank: no condition, fine). */
    public String conditionProblem(String condition) {
        if (condition == null || condition.isBlank()) {
            return null;
        }
        IParseResult parsed = parser.parse(expression, new StringReader(condition));
        if (parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof Expression)) {
            String why = "it is not an expression";
            for (INode error : parsed.getSyntaxErrors()) {
                why = error.getSyntaxErrorMessage().getMessage();
                break;
            }
            return "The condition " + condition.strip() + " does not parse: " + why + ".";
        }
        return null;
    }

    /** One sentence saying what is wrong with {@code hitCondition}, or null (blank: every hit, fine). */
    public static String hitConditionProblem(String hitCondition) {
        if (hitCondition == null || hitCondition.isBlank() || HIT.matcher(hitCondition).matches()) {
            return null;
        }
        return "The hit count " + hitCondition.strip() + " is not one of 3, >= 3, > 2, == 3 or % 2.";
    }
}
