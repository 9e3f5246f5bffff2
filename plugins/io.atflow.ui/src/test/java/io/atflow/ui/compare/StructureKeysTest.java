package io.atflow.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.Test;

/** Two versions of an element share a key when only its details changed; repeated keys are numbered. */
class StructureKeysTest {
    private static DocumentSymbol symbol(String name, SymbolKind kind) {
        Range r = new Range(new Position(0, 0), new Position(0, 1));
        return new DocumentSymbol(name, kind, r, r);
    }

    private static String key(String name, SymbolKind kind) {
        return StructureKeys.key(symbol(name, kind));
    }

    @Test
    void elementsAreKeyedByWhatStaysWhenTheirDetailsChange() {
        assertEquals("step \"connect\"", key("step \"connect\"", SymbolKind.Namespace));
        assertEquals("AT+QMTOPEN", key("AT+QMTOPEN=0,\"${host}\",1883", SymbolKind.Function));
        assertEquals("AT+CPIN", key("AT+CPIN?", SymbolKind.Function));
        assertEquals("ATI", key("ATI", SymbolKind.Function));
        assertEquals("await +QMTOPEN", key("await +QMTOPEN: 0,0", SymbolKind.Event));
        assertEquals("await OK", key("await OK", SymbolKind.Event));
        assertEquals("on +QMTSTAT", key("on +QMTSTAT: 0,{err}", SymbolKind.Event));
        assertEquals("if", key("if json(reply).code != \"200\" fail \"rejected\"", SymbolKind.Operator));
        assertEquals("set n", key("set n = \"1\"", SymbolKind.Operator));
        assertEquals("delay", key("delay 2s", SymbolKind.Operator));
        assertEquals("profile", key("profile bg95", SymbolKind.Property));
        assertEquals("common/network.atflow", key("common/network.atflow", SymbolKind.File));
        assertEquals("meter", key("meter", SymbolKind.Object));
    }

    @Test
    void repeatedKeysAmongSiblingsAreNumbered() {
        List<DocumentSymbol> step = List.of(symbol("AT+QMTCFG=\"version\",0,4", SymbolKind.Function),
                symbol("AT+QMTCFG=\"will\",0", SymbolKind.Function), symbol("AT+QMTOPEN=0,\"h\",1883",
                        SymbolKind.Function), symbol("AT+QMTCFG=\"aliauth\",0", SymbolKind.Function));
        assertEquals(List.of("AT+QMTCFG", "AT+QMTCFG #2", "AT+QMTOPEN", "AT+QMTCFG #3"),
                StructureKeys.unique(step, StructureKeys::key));
    }
}
