package io.atflow.lang.parser;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the script's words. The slips people make most (a pattern written as plain text or in lower
 * case, a blank inside an AT command, a retry count with a unit, an = in a condition, a variable written as in other
 * languages, a block that never closes) get one sentence saying what was found, what belongs there and how to write
 * it; any other error keeps the parser's message with token names made readable ("expecting an AT command" instead of
 * "expecting RULE_AT_COMMAND"). A duration without its unit is not a syntax error: the validator reports it.
 */
public class AtFlowSyntaxErrorMessages extends SyntaxErrorMessageProvider {
    /** Token names as the script's words; the quoted end of file before the bare one. */
    static final List<Map.Entry<String, String>> NAMES = List.of(Map.entry("RULE_AT_COMMAND", "an AT command"),
            Map.entry("RULE_URC_PATTERN", "a response pattern such as +QMTOPEN: 0,{result}"),
            Map.entry("RULE_CODE_WORD", "a result word such as OK"), Map.entry("RULE_REGEX", "a /regular expression/"),
            Map.entry("RULE_DURATION", "a duration such as 30s"), Map.entry("RULE_INT", "a number"),
            Map.entry("RULE_ID", "a name"), Map.entry("RULE_STRING", "a \"string\""),
            Map.entry("RULE_TEXT_BLOCK", "a \"\"\"text block\"\"\""), Map.entry("RULE_ANY_OTHER", "a character"),
            Map.entry("'<EOF>'", "the end of the file"), Map.entry("<EOF>", "the end of the file"));

    /** Tried in order; the first that recognises the situation gives the message. */
    private static final List<Slip.Recogniser> SLIPS = List.of(new PatternSlips(), new CommandSlips(),
            new RetrySlips(), new ConditionSlips(), new VariableSlips(), new BlockSlips());

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        Optional<SlipContext> c = SlipContext.of(context);
        Optional<Slip> slip = c.flatMap(sc -> SLIPS.stream().map(r -> r.find(sc)).flatMap(Optional::stream)
                .findFirst());
        if (slip.isEmpty()) {
            SyntaxErrorMessage m = super.getSyntaxErrorMessage(context);
            return new SyntaxErrorMessage(readable(m.getMessage()), m.getIssueCode(), m.getIssueData());
        }
        Slip s = slip.get();
        int relative = c.get().atEnd() ? 1 : s.offset() - SlipContext.start(c.get().offending());
        if (s.offset() < 0 || relative > 0) {
            return new SyntaxErrorMessage(s.message(), Diagnostic.SYNTAX_DIAGNOSTIC);
        }
        // The error belongs to the offending token's node and the range is relative to it: Xtext counts the line
        // within that node's text, so a range may start before the token on its line but never after its start.
        return new SyntaxErrorMessage(s.message(), Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE,
                new String[] { relative + ":" + s.length() });
    }

    static String readable(String message) {
        String out = message;
        for (Map.Entry<String, String> e : NAMES) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}
