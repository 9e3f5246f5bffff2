package io.atflow.lang.parser;

import java.util.Map;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Syntax errors in the script's words: "expecting an AT command" instead of "expecting RULE_AT_COMMAND". */
public class AtFlowSyntaxErrorMessages extends SyntaxErrorMessageProvider {
    static final Map<String, String> NAMES = Map.ofEntries(Map.entry("RULE_AT_COMMAND", "an AT command"),
            Map.entry("RULE_URC_PATTERN", "a response pattern such as +QMTOPEN: 0,{result}"),
            Map.entry("RULE_CODE_WORD", "a result word such as OK"), Map.entry("RULE_REGEX", "a /regular expression/"),
            Map.entry("RULE_DURATION", "a duration such as 30s"), Map.entry("RULE_INT", "a number"),
            Map.entry("RULE_ID", "a name"), Map.entry("RULE_STRING", "a \"string\""),
            Map.entry("RULE_TEXT_BLOCK", "a \"\"\"text block\"\"\""), Map.entry("RULE_ANY_OTHER", "a character"),
            Map.entry("'<EOF>'", "the end of the file"), Map.entry("<EOF>", "the end of the file"));

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage m = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(readable(m.getMessage()), m.getIssueCode(), m.getIssueData());
    }

    static String readable(String message) {
        String out = message;
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}
