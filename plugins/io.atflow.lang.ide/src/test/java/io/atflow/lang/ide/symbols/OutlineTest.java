package io.atflow.lang.ide.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.testing.IdeTestLanguage;

/** Document symbols: steps with their commands, identities, handlers, variables. */
class OutlineTest {

    @Test
    void outlineOfAScript() {
        List<DocumentSymbol> s = ScriptOutline.symbols(IdeTestLanguage.parse("""
                include "common.atflow"
                device meter { productKey "pk1" deviceName "dev1" }
                product kits { productKey "pk1" }
                var apn = "x"
                on +QMTSTAT: 0,{err} fail "lost"
                step "connect" timeout 5s {
                  send AT+QMTOPEN=0,"h",1883 expect OK
                  await +QMTOPEN: 0,0 within 75s
                }
                """));
        assertEquals(List.of("common.atflow", "meter", "kits", "apn", "on +QMTSTAT: 0,{err}", "step \"connect\""),
                s.stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of(SymbolKind.File, SymbolKind.Object, SymbolKind.Class, SymbolKind.Variable, SymbolKind.Event,
                SymbolKind.Namespace), s.stream().map(DocumentSymbol::getKind).toList());
        DocumentSymbol step = s.get(5);
        assertEquals(List.of("AT+QMTOPEN=0,\"h\",1883", "await +QMTOPEN: 0,0"),
                step.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(5, step.getRange().getStart().getLine());
        assertEquals(8, step.getRange().getEnd().getLine());
    }
}
