package io.atflow.lang.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Binary;
import io.atflow.lang.atFlow.Call;
import io.atflow.lang.atFlow.ConnectData;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Fail;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.If;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Member;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Prompt;
import io.atflow.lang.atFlow.Receive;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.ScriptTimeout;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.atFlow.TextBlock;
import io.atflow.lang.atFlow.VarDecl;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.testing.TestLanguage;

/** The grammar: every construct of the language and the lexical corner cases of commands and patterns. */
class ParsingTest {
    static final TestLanguage LANG = TestLanguage.withNoteSecrets();

    static Script parse(String text) {
        LoadedScript s = LANG.load(text);
        assertFalse(s.hasSyntaxErrors(), () -> "syntax errors: " + s.diagnostics());
        return s.script();
    }

    @Test
    void commandsAreSingleTokensWithQuotedBlanksAndPlaceholders() {
        Script s = parse("""
                send AT+QMTCFG="aliauth",0,"${meter.productKey}","a b","${secret("x y")}" expect OK timeout 5s retry 2
                send ATE0
                send AT+CEREG?
                send AT /* a comment */ expect OK
                """);
        Send first = (Send) s.getElements().get(0);
        assertEquals("AT+QMTCFG=\"aliauth\",0,\"${meter.productKey}\",\"a b\",\"${secret(\"x y\")}\"", first.getCommand());
        assertEquals("OK", first.getExpect().getText());
        assertEquals("5s", first.getTimeout());
        assertEquals(2, first.getRetry());
        assertEquals("ATE0", ((Send) s.getElements().get(1)).getCommand());
        assertEquals("AT+CEREG?", ((Send) s.getElements().get(2)).getCommand());
        assertEquals("AT", ((Send) s.getElements().get(3)).getCommand());
    }

    @Test
    void patternsEndBeforeKeywords() {
        Script s = parse("""
                await +QMTOPEN within 5s
                await +QMTOPEN: 0,{result} within 75s
                await +QMTRECV: 0,{msg},"/sys/${pk}/x","{payload}" within 10s
                send AT+X expect NO CARRIER timeout 1s
                send AT+Y expect +CME ERROR: {code}
                send AT+Z expect /\\+QENG: "servingcell",(?<state>[A-Z]+)/
                """);
        assertEquals("+QMTOPEN", ((Await) s.getElements().get(0)).getPattern().getText());
        assertEquals("5s", ((Await) s.getElements().get(0)).getTimeout());
        assertEquals("+QMTOPEN: 0,{result}", ((Await) s.getElements().get(1)).getPattern().getText());
        assertEquals("+QMTRECV: 0,{msg},\"/sys/${pk}/x\",\"{payload}\"", ((Await) s.getElements().get(2)).getPattern().getText());
        assertEquals("NO CARRIER", ((Send) s.getElements().get(3)).getExpect().getText());
        assertEquals("1s", ((Send) s.getElements().get(3)).getTimeout());
        assertEquals("+CME ERROR: {code}", ((Send) s.getElements().get(4)).getExpect().getText());
        assertEquals("/\\+QENG: \"servingcell\",(?<state>[A-Z]+)/", ((Send) s.getElements().get(5)).getExpect().getText());
    }

    @Test
    void declarationsStepsAndStatements() {
        Script s = parse("""
                include "common/network.atflow"
                profile bg95
                timeout 10m
                device meter { productKey "pk" deviceName "dev1" deviceSecret secret("pk/dev1") }
                payload post = \"""
                    {"id":"1"}
                    \"""
                var apn = "cmnet"
                on +QMTSTAT: 0,{err} fail "lost ${err}"
                step "report" timeout 30s retry 3 {
                  send AT+QMTPUBEX=0,0,0,0,"/t",${len(post)} prompt post expect OK
                  send AT+QMTPUB=0,0,0,0,"/t" prompt "hi" ctrlz
                  send AT+QHTTPURL=5,80 connect "http:"
                  send AT+QHTTPREAD=80 receive body
                  var ds = json(body).data.deviceSecret
                  set apn = "x"
                  if ds == "" and not (apn != "x") { fail "none" } else { log "ok" }
                  delay 500ms
                }
                """);
        assertInstanceOf(Include.class, s.getElements().get(0));
        assertEquals("10m", ((ScriptTimeout) s.getElements().get(2)).getDuration());
        Device d = (Device) s.getElements().get(3);
        assertEquals(List.of("productKey", "deviceName", "deviceSecret"), d.getFields().stream().map(f -> f.getKey()).toList());
        assertInstanceOf(Call.class, d.getFields().get(2).getValue());
        assertEquals("{\"id\":\"1\"}", ((TextBlock) ((PayloadDecl) s.getElements().get(4)).getValue()).getValue());
        assertEquals("cmnet", ((io.atflow.lang.atFlow.StringLiteral) ((VarDecl) s.getElements().get(5)).getValue()).getValue());
        assertInstanceOf(Fail.class, ((Handler) s.getElements().get(6)).getBody());
        Step step = (Step) s.getElements().get(7);
        assertEquals("report", step.getName());
        assertEquals(3, step.getRetry());
        Send pubex = (Send) step.getBody().getStatements().get(0);
        assertFalse(((Prompt) pubex.getData()).isCtrlZ());
        assertTrue(((Prompt) ((Send) step.getBody().getStatements().get(1)).getData()).isCtrlZ());
        assertInstanceOf(ConnectData.class, ((Send) step.getBody().getStatements().get(2)).getData());
        assertEquals("body", ((Receive) ((Send) step.getBody().getStatements().get(3)).getData()).getName());
        Member m = (Member) ((VarDecl) step.getBody().getStatements().get(4)).getValue();
        assertEquals("deviceSecret", m.getMember());
        If cond = (If) step.getBody().getStatements().get(6);
        assertEquals("and", ((Binary) cond.getCondition()).getOp());
        assertTrue(cond.getElse() != null);
    }

    @Test
    void aTimeoutAfterASendBelongsToTheSend() {
        Script s = parse("send AT expect OK\ntimeout 3s\n");
        assertEquals(1, s.getElements().size());
        assertEquals("3s", ((Send) s.getElements().get(0)).getTimeout());
        assertNull(((Send) s.getElements().get(0)).getData());
    }

    @Test
    void aPatternCannotEndWithItsColon() {
        assertTrue(LANG.load("await +QMTCONN:within 10s\n").hasSyntaxErrors());
        assertTrue(LANG.load("await +QMTCONN: within 10s\n").hasSyntaxErrors());
        assertFalse(LANG.load("await +QMTCONN within 10s\n").hasSyntaxErrors());
    }

    @Test
    void syntaxErrorsHaveLineAndColumn() {
        LoadedScript s = LANG.load("step \"a\" {\n  send\n}\n");
        assertTrue(s.hasSyntaxErrors());
        assertEquals(3, s.diagnostics().get(0).line());
        assertEquals(1, s.diagnostics().get(0).column());
    }
}
