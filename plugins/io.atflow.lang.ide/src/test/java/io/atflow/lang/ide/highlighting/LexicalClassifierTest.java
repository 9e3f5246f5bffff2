package io.atflow.lang.ide.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Syntax coloring from the language's lexer: categories, sub-tokens and restartable scanning. */
class LexicalClassifierTest {
    static final String SCRIPT = """
            // header
            /* block
               comment */
            device meter { productKey "i2uqc2dloOl" deviceSecret secret("m") }
            payload post = \"""{"id":"${meter.deviceName}"}\"""
            step "connect" timeout 90s retry 3 {
              send AT+QMTOPEN=0,"${host}",1883 expect OK
              await +QMTOPEN: 0,{result} within 75s
              send AT+QMTCFG="aliauth",0,"pk","dn","${secret("pk/dn")}"
              if result != "0" fail "failed: ${result}"
              await /^\\+X: (?<v>[0-9]+)$/
            }
            """;

    static TokenCategory at(List<StyledToken> tokens, String text, String needle, int skip) {
        int i = text.indexOf(needle);
        for (int k = 0; k < skip; k++) {
            i = text.indexOf(needle, i + 1);
        }
        final int at = i;
        return tokens.stream().filter(t -> t.offset() <= at && at < t.end()).findFirst().orElseThrow().category();
    }

    static TokenCategory at(String needle) {
        return at(LexicalClassifier.tokens(SCRIPT, 0, SCRIPT.length()), SCRIPT, needle, 0);
    }

    @Test
    void categoriesOfTheLanguage() {
        assertEquals(TokenCategory.COMMENT, at("// header"));
        assertEquals(TokenCategory.COMMENT, at("comment */"));
        assertEquals(TokenCategory.KEYWORD, at("device"));
        assertEquals(TokenCategory.DEFAULT, at("meter {"));
        assertEquals(TokenCategory.SECRET, at("secret(\"m\")"));
        assertEquals(TokenCategory.STRING, at("\"i2uqc2dloOl\""));
        assertEquals(TokenCategory.STRING, at("\"\"\"{\"id\""));
        assertEquals(TokenCategory.INTERPOLATION, at("${meter.deviceName}"));
        assertEquals(TokenCategory.KEYWORD, at("timeout 90s"));
        assertEquals(TokenCategory.NUMBER, at("90s"));
        assertEquals(TokenCategory.NUMBER, at("3 {"));
        assertEquals(TokenCategory.COMMAND, at("AT+QMTOPEN"));
        assertEquals(TokenCategory.COMMAND, at("QMTOPEN=0"));
        assertEquals(TokenCategory.PARAMETER, at("=0,\"${host}\""));
        assertEquals(TokenCategory.NUMBER, at("0,\"${host}\""));
        assertEquals(TokenCategory.INTERPOLATION, at("${host}"));
        assertEquals(TokenCategory.NUMBER, at("1883"));
        assertEquals(TokenCategory.PATTERN, at("OK"));
        assertEquals(TokenCategory.PATTERN, at("+QMTOPEN: 0"));
        assertEquals(TokenCategory.CAPTURE, at("{result} within"));
        assertEquals(TokenCategory.PARAMETER, at("0,{result}"));
        assertEquals(TokenCategory.SECRET, at("${secret(\"pk/dn\")}"));
        assertEquals(TokenCategory.INTERPOLATION, at("${result}\""));
        assertEquals(TokenCategory.STRING, at("failed: "));
        assertEquals(TokenCategory.REGEX, at("/^"));
        assertEquals(TokenCategory.DEFAULT, at("!="));
    }

    @Test
    void tokensCoverTheTextWithoutGapsOrOverlaps() {
        String odd = SCRIPT + "\u0001 @ # \"unterminated\n/* open comment";
        List<StyledToken> tokens = LexicalClassifier.tokens(odd, 0, odd.length());
        int pos = 0;
        for (StyledToken t : tokens) {
            assertEquals(pos, t.offset(), () -> "gap or overlap at " + t);
            assertTrue(t.length() > 0, t::toString);
            pos = t.end();
        }
        assertEquals(odd.length(), pos);
    }

    @Test
    void scanningFromAnyLineStartAgreesWithTheFullScan() {
        List<RawToken> full = raw(SCRIPT, 0);
        int line = SCRIPT.indexOf("step");
        List<RawToken> tail = raw(SCRIPT, line);
        assertEquals(full.stream().filter(t -> t.offset() >= line).toList(), tail);
    }

    @Test
    void partitionsAreCodeCommentsAndStrings() {
        List<RawToken> tokens = raw(SCRIPT, 0);
        List<RawToken.Kind> kinds = new ArrayList<>();
        tokens.stream().filter(t -> t.kind() != RawToken.Kind.CODE).forEach(t -> kinds.add(t.kind()));
        assertEquals(List.of(RawToken.Kind.COMMENT, RawToken.Kind.COMMENT, RawToken.Kind.STRING, RawToken.Kind.STRING,
                RawToken.Kind.STRING, RawToken.Kind.STRING, RawToken.Kind.STRING, RawToken.Kind.STRING), kinds);
        RawToken block = tokens.stream().filter(t -> t.kind() == RawToken.Kind.STRING).skip(2).findFirst().orElseThrow();
        assertTrue(SCRIPT.substring(block.offset(), block.end()).startsWith("\"\"\""));
    }

    @Test
    void emptyRangeHasNoTokens() {
        assertNull(new LexicalScanner("abc", 3, 3).next());
    }

    static List<RawToken> raw(String text, int from) {
        List<RawToken> out = new ArrayList<>();
        LexicalScanner s = new LexicalScanner(text, from, text.length());
        for (RawToken t = s.next(); t != null; t = s.next()) {
            out.add(t);
        }
        return out;
    }
}
