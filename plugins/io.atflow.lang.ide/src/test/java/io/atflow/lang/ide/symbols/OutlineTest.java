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
                thingModel "model.json"
                device meter { productKey "pk1" deviceName "dev1" }
                product kits { productKey "pk1" }
                var apn = "x"
                on +QMTSTAT: 0,{err} fail "lost"
                step "connect" timeout 5s {
                  send AT+QMTOPEN=0,"h",1883 expect OK
                  await +QMTOPEN: 0,0 within 75s
                }
                """));
        assertEquals(List.of("common.atflow", "model.json", "meter", "kits", "apn", "on +QMTSTAT: 0,{err}",
                "step \"connect\""), s.stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of(SymbolKind.File, SymbolKind.File, SymbolKind.Object, SymbolKind.Class, SymbolKind.Variable, SymbolKind.Event,
                SymbolKind.Namespace), s.stream().map(DocumentSymbol::getKind).toList());
        assertEquals("thing model", s.get(1).getDetail());
        DocumentSymbol step = s.get(6);
        assertEquals(List.of("AT+QMTOPEN=0,\"h\",1883", "await +QMTOPEN: 0,0"),
                step.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(6, step.getRange().getStart().getLine());
        assertEquals(9, step.getRange().getEnd().getLine());
    }

    @Test
    void structureAddsEveryStatementTheOutlineLeavesOut() {
        List<DocumentSymbol> s = ScriptOutline.structure(IdeTestLanguage.parse("""
                profile bg95
                timeout 5m
                on +QMTSTAT: 0,{err} fail "lost"
                step "report" retry 2 {
                  send AT+QMTPUB=0,0,0,0,"t" expect OK
                  set n = "1"
                  if n != "1"
                    fail "n is ${n}"
                  log   "done"
                  delay 2s
                }
                """));
        assertEquals(List.of("profile bg95", "timeout 5m", "on +QMTSTAT: 0,{err}", "step \"report\""),
                s.stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of(SymbolKind.Property, SymbolKind.Property, SymbolKind.Event, SymbolKind.Namespace),
                s.stream().map(DocumentSymbol::getKind).toList());
        DocumentSymbol step = s.get(3);
        assertEquals(List.of("AT+QMTPUB=0,0,0,0,\"t\"", "set n = \"1\"", "if n != \"1\" fail \"n is ${n}\"",
                "log \"done\"", "delay 2s"), step.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of(SymbolKind.Function, SymbolKind.Operator, SymbolKind.Operator, SymbolKind.Operator,
                SymbolKind.Operator), step.getChildren().stream().map(DocumentSymbol::getKind).toList());
        assertEquals(6, step.getChildren().get(2).getRange().getStart().getLine());
        assertEquals(7, step.getChildren().get(2).getRange().getEnd().getLine());
        List<DocumentSymbol> outline = ScriptOutline.symbols(IdeTestLanguage.parse("profile bg95\nstep \"s\" { log \"x\" }\n"));
        assertEquals(List.of("step \"s\""), outline.stream().map(DocumentSymbol::getName).toList(),
                "the outline itself is unchanged: no profile");
        assertEquals(List.of(), outline.get(0).getChildren(), "the outline itself is unchanged: no log");
    }
}
