package io.atflow.lang.ide.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.testing.IdeTestLanguage;

/** Semantic highlighting inside command and pattern tokens. */
class HighlightingTest {

    @Test
    void commandAndPatternParts() {
        String text = "send AT+QMTOPEN=0,\"${host}\",1883 expect OK\nawait +QMTOPEN: 0,{result}\nvar s = secret(\"x\")\n";
        List<String> seen = new ArrayList<>();
        IdeTestLanguage.INJECTOR.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(
                IdeTestLanguage.parse(text), (offset, length, ids) -> seen.add(text.substring(offset, offset + length)
                        + "=" + String.join(",", ids)), CancelIndicator.NullImpl);
        assertEquals(List.of("AT+QMTOPEN=function", "0=number", "\"${host}\"=string", "${host}=macro", "1883=number",
                "OK=enumMember", "+QMTOPEN=event", "{result}=parameter", "secret(\"x\")=decorator"), seen);
    }
}
