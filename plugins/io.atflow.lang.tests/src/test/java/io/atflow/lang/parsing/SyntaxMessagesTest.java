package io.atflow.lang.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.model.PatternText;
import io.atflow.lang.testing.TestLanguage;
import io.atflow.lang.validation.IssueCodes;

/**
 * The syntax errors people make most read as one sentence (what was found, what belongs there, how to write it) at
 * the line and column of the slip. Columns are counted by hand in the scripts below.
 */
class SyntaxMessagesTest {
    static final TestLanguage LANG = TestLanguage.withNoteSecrets();
    static final String KINDS = "a result word in capitals (OK), a +NAME: response or a /regular expression/";

    /** Every diagnostic of {@code script} as {@code line:col: message}. */
    static List<String> errors(String script) {
        return LANG.diagnostics(script).stream().filter(Diagnostic::isError)
                .map(d -> d.line() + ":" + d.column() + ": " + d.message()).toList();
    }

    static void only(String script, String expected) {
        only(script, List.of(expected));
    }

    static void only(String script, List<String> expected) {
        assertEquals(expected, errors(script), script);
    }

    @Test
    void aPlainResponseLineIsToldToBeARegularExpression() {
        only("step \"info\" {\n  send ATI expect Quectel\n}\n", "2:19: Quectel is not a pattern: after expect comes "
                + KINDS + "; write this line as /Quectel/");
        only("await Quectel\n", "1:7: Quectel is not a pattern: after await comes " + KINDS
                + "; write this line as /Quectel/");
        only("send ATI expect Revision: {rev} timeout 5s\n", "1:17: Revision: {rev} is not a pattern: after expect "
                + "comes " + KINDS + "; write this line as /Revision: (?<rev>.*)/");
        only("send AT+CGSN expect 866425031234567 // IMEI\n", "1:21: 866425031234567 is not a pattern: after expect "
                + "comes " + KINDS + "; write this line as /866425031234567/");
        only("send ATI expect \"Quectel\"\n", "1:17: \"Quectel\" is not a pattern: after expect comes " + KINDS
                + " without quotes; write /Quectel/");
    }

    @Test
    void theSuggestedRegularExpressionsParseAndMatchTheLines() {
        // the lines of ATI as a Quectel module prints them: maker, model, revision
        assertFalse(LANG.load("send ATI expect /Quectel/\nsend ATI expect /Revision: (?<rev>.*)/\n").hasSyntaxErrors());
        assertTrue(PatternText.parse("/Quectel/").compile(p -> "").matcher("Quectel").matches());
        Matcher m = PatternText.parse("/Revision: (?<rev>.*)/").compile(p -> "").matcher("Revision: EC25EFAR06A03M4G");
        assertTrue(m.matches());
        assertEquals("EC25EFAR06A03M4G", m.group("rev"));
    }

    @Test
    void thePieceASlipCutsOffIsNotCheckedOnItsOwn() {
        // without the syntax error's word, "Q" would be an unknown result word and AT+QMTOPEN a form it lacks
        for (String script : List.of("step \"info\" {\n  send ATI expect Quectel\n}\n", "await Quectel\n",
                "on Quectel log \"x\"\n", "send AT+QMTOPEN =0,\"host\",1883\n")) {
            List<Diagnostic> all = LANG.diagnostics(script);
            assertEquals(List.of(IssueCodes.SYNTAX), all.stream().map(Diagnostic::code).toList(), script);
        }
    }

    @Test
    void aResultWordInTheWrongCaseIsToldItsCapitals() {
        only("send AT expect ok\n", "1:16: ok is not a pattern: after expect comes a result word in capitals, as the "
                + "module prints it; write OK");
        only("step \"a\" {\n  send AT+QMTCLOSE=0 expect error timeout 5s\n}\n", "2:29: error is not a pattern: after "
                + "expect comes a result word in capitals, as the module prints it; write ERROR");
        only("send AT expect Ok\n", "1:16: Ok is not a pattern: after expect comes a result word in capitals, as the "
                + "module prints it; write OK");
        only("on no carrier fail \"dropped\"\n", "1:4: no carrier is not a pattern: after on comes a result word in "
                + "capitals, as the module prints it; write NO CARRIER");
        only("send ATD123 expect connect\n", "1:20: connect is not a pattern: after expect comes a result word in "
                + "capitals, as the module prints it; write CONNECT");
    }

    @Test
    void aMissingPatternSaysWhereItBelongs() {
        only("send AT expect\nlog \"x\"\n", "2:1: expect on line 1 has no pattern: after expect comes " + KINDS
                + ", e.g. expect OK");
    }

    @Test
    void aBlankInsideAnAtCommandPointsAtTheBlank() {
        // the cut command is not checked against the catalog as well ("AT+QMTOPEN has no exec form" would mislead)
        only("send AT+QMTOPEN =0,\"host\",1883\n", "1:16: a blank cuts the AT command AT+QMTOPEN before "
                + "=0,\"host\",1883: an AT command is written without blanks outside quotes; write "
                + "AT+QMTOPEN=0,\"host\",1883");
        only("step \"a\" {\n  send AT +CSQ\n}\n", "2:10: a blank cuts the AT command AT before +CSQ: an AT command is "
                + "written without blanks outside quotes; write AT+CSQ");
        only("send AT+QMTOPEN= 0, \"a b\", 1883 expect OK timeout 5s\n", "1:17: a blank cuts the AT command "
                + "AT+QMTOPEN= before 0, \"a b\", 1883: an AT command is written without blanks outside quotes; write "
                + "AT+QMTOPEN=0,\"a b\",1883");
    }

    @Test
    void aDurationWithoutItsUnitIsToldTheUnitsByTheValidator() {
        String units = " lacks its unit: a duration is a number followed by ms, s, m or h; write ";
        only("await +QMTOPEN: 0,{result} within 75\n", "1:35: 75 after within" + units + "within 75s for seconds");
        // in a block too: the block goes on after the slip
        only("step \"a\" {\n  send AT timeout 5\n  send AT+QMTOPEN=0,\"h\",1883\n}\n", "2:19: 5 after timeout" + units
                + "timeout 5s for seconds");
        only("timeout 10\n", "1:9: 10 after timeout" + units + "timeout 10s for seconds");
        only("step \"a\" timeout 90 {\n  delay 500\n}\n", List.of("1:18: 90 after timeout" + units
                + "timeout 90s for seconds", "2:9: 500 after delay" + units + "delay 500s for seconds"));
        assertEquals(List.of(IssueCodes.DURATION_UNIT), LANG.codes("delay 5\n"));
    }

    @Test
    void aFractionalDurationIsToldTheWholeNumberInASmallerUnit() {
        String whole = " is not a whole number: a duration is a whole number followed by ms, s, m or h; write ";
        only("step \"a\" {\n  await +QMTOPEN: 0,{r} within 1.5s\n  send AT\n}\n", "2:32: 1.5s after within" + whole
                + "within 1500ms");
        only("timeout 0.5m\n", "1:9: 0.5m after timeout" + whole + "timeout 30s");
        only("delay 2.5h\n", "1:7: 2.5h after delay" + whole + "delay 150m");
        only("delay 0.25\n", "1:7: 0.25 after delay" + whole + "delay 250ms");
        only("delay 1.0s\n", "1:7: 1.0s after delay" + whole + "delay 1s");
        assertEquals(List.of(), LANG.codes("delay 5s\nstep \"a\" timeout 1m {\n  send AT timeout 500ms\n}\n"));
    }

    @Test
    void aRetryCountWrittenAsADurationIsToldToDropTheUnit() {
        only("send AT retry 3s\n", "1:15: 3s after retry is a duration, but retry takes a number of attempts; "
                + "write retry 3");
        only("step \"a\" {\n  send AT retry 2s\n  send AT\n}\n", "2:17: 2s after retry is a duration, but retry "
                + "takes a number of attempts; write retry 2");
    }

    @Test
    void aBlockThatNeverClosesNamesItsStepAndLine() {
        only("step \"connect\" {\n  send AT\n\nstep \"report\" {\n  send AT\n}\n", "4:1: step \"connect\" (line 1) is "
                + "never closed: found step \"report\" where its } is expected; add } after its last statement");
        only("log \"start\"\nstep \"connect\" {\n  send AT\n", "3:10: step \"connect\" (line 2) is never closed: found "
                + "the end of the file where its } is expected; add } after its last statement");
        only("step \"a\" {\n  on +QMTSTAT: 0,{err} {\n    log \"lost\"\n", "3:15: the on handler on line 2 in step "
                + "\"a\" is never closed: found the end of the file where its } is expected; add } after its last "
                + "statement");
        List<String> device = errors("device meter {\n  productKey \"k\"\nstep \"a\" {\n  send AT\n}\n");
        assertTrue(device.contains("3:1: device meter (line 1) is never closed: found step \"a\" where its } is "
                + "expected; add } after its last field"), device::toString);
    }

    @Test
    void aBlockLeftOpenAtAFinalCarriageReturnIsStillReported() {
        // Xtext cannot compute where this error ends (the file ends in a lone CR); it was logged and lost
        only("step \"x\" {\n  send AT\r", "2:10: step \"x\" (line 1) is never closed: found the end of the file "
                + "where its } is expected; add } after its last statement");
    }

    @Test
    void aBraceThatClosesNothingIsToldSo() {
        only("step \"a\" {\n  send AT\n}\n}\n", "4:1: found a } that closes no block: every } closes the { of a step, "
                + "device, product, if or on handler; remove it or add the { it was meant to close");
        // after an error in a step's header the parser cannot read its block; the } then points back to it
        only("step \"a\" retry 3s {\n  send AT\n}\n", List.of("1:16: 3s after retry is a duration, but retry takes "
                + "a number of attempts; write retry 3", "3:1: found the } of the block opened on line 1, which could "
                + "not be read as a block because of the error before it; fix that error and this one goes away"));
    }

    @Test
    void variablesAreDeclaredWithVarAndChangedWithSet() {
        assertFalse(LANG.load("var x = 5\nset x = 6\nvar y\n").hasSyntaxErrors(), "the language's own spelling");
        only("var x := 5\n", "1:7: found := after var x where = is expected; write var x = 5");
        only("var x == 5\n", "1:7: found == after var x where = is expected; write var x = 5");
        only("var x 5\n", "1:7: var x 5 lacks its =: a variable gets its value with =; write var x = 5");
        only("var x = 1\nset x \"two\"\n", "2:7: set x \"two\" lacks its =: a variable gets its value with =; write "
                + "set x = \"two\"");
        only("step \"a\" {\n  var x = 5\n  x = 6\n}\n", "3:3: x = 6 is not a statement: a variable is changed with set "
                + "and declared with var; write set x = 6 (or var x = 6 for a new one)");
        only("let x = 5\n", "1:1: let x = 5 is not a statement: variables are declared with var; write var x = 5");
    }

    @Test
    void anEqualsSignInAConditionIsToldToCompare() {
        only("var x = 1\nif x = 5 { log \"five\" }\n", "2:4: found = in the condition of if where a comparison is "
                + "expected (= gives a variable its value, == compares); write if x == 5");
        only("var a = 1\nvar b = 2\nif a == 1 and b = 2 fail \"x\"\n", "3:15: found = in the condition of if where a "
                + "comparison is expected (= gives a variable its value, == compares); write if a == 1 and b == 2");
    }

    @Test
    void otherErrorsKeepTheParsersMessageInTheScriptsWords() {
        only("step \"a\" {\n  send\n}\n", "3:1: missing an AT command at '}'");
        only("profile\n", "1:8: mismatched input the end of the file expecting a name");
        only("include common\n", "1:9: mismatched input 'common' expecting a \"string\"");
    }

    @Test
    void slipsAreSyntaxDiagnosticsWithTheirRange() {
        LoadedScript s = LANG.load("step \"info\" {\n  send ATI expect Quectel\n}\n");
        Diagnostic d = s.diagnostics().get(0);
        assertEquals(IssueCodes.SYNTAX, d.code());
        assertTrue(s.hasSyntaxErrors());
        var error = (org.eclipse.xtext.diagnostics.Diagnostic) s.resource().getErrors().get(0);
        // "Quectel" is 7 characters from offset 32: line 1 is 14 characters with its line break, then 18 before Q
        assertEquals(Map.of("offset", 32, "length", 7, "line", 2, "column", 19), Map.of("offset", error.getOffset(),
                "length", error.getLength(), "line", error.getLine(), "column", error.getColumn()));
    }
}
