package io.atflow.launch.debug.breakpoints;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;

import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;

/**
 * Checks what a user types as a line breakpoint's condition (an expression of the language, parsed by the
 * language's own parser as the condition of an {@code if}) and hit condition ({@code 3}, {@code >= 3}, {@code > 2},
 * {@code == 3}, {@code % 2}, as {@link io.atflow.run.debug.Breakpoint} documents it).
 */
public final class BreakpointConditions {
    private static final Pattern HIT = Pattern.compile("\\s*(?:(?:>=|>|==|%)\\s*)?[1-9][0-9]{0,8}\\s*");
    private final ScriptLoader loader;

    public BreakpointConditions(ScriptLoader loader) {
        this.loader = loader;
    }

    /** One sentence saying what is wrong with {@code condition}, or null (blank: no condition, fine). */
    public String conditionProblem(String condition) {
        if (condition == null || condition.isBlank()) {
            return null;
        }
        if (condition.contains("\n") || condition.contains("{") || condition.contains("}")) {
            return "The condition must be one expression on one line, e.g. attempt == \"2\".";
        }
        String text = "if " + condition.strip() + " {\n}\n";
        LoadedScript parsed = loader.parse("condition", URI.createURI("inmemory:/condition.atflow"),
                text.getBytes(StandardCharsets.UTF_8));
        if (parsed.hasSyntaxErrors()) {
            String why = parsed.resource() == null || parsed.resource().getErrors().isEmpty() ? "it is not an expression"
                    : parsed.resource().getErrors().get(0).getMessage();
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
