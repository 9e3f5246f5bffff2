package io.atflow.lang.ide.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.ide.testing.IdeTestLanguage;

/** Hovers: command documentation, parameters, URC code meanings and result words. */
class HoverTest {
    static final String TEXT = """
            send AT+QMTOPEN=0,"iot.example.com",1883 expect OK
            await +QMTOPEN: 0,{result} within 75s
            on +QMTSTAT: 0,1 fail "closed"
            send AT+QMTCFG="aliauth",0
            """;

    static String hover(String marker, int delta) {
        int offset = TEXT.indexOf(marker) + delta;
        return new HoverText(AtCatalog.standard()).at(IdeTestLanguage.parse(TEXT), offset).orElseThrow().markdown();
    }

    @Test
    void commandName() {
        String md = hover("AT+QMTOPEN", 4);
        assertTrue(md.startsWith("**AT+QMTOPEN** — Opens the network connection"), md);
        assertTrue(md.contains("AT+QMTOPEN=<client_idx>,\"<host_name>\",<port>"), md);
        assertTrue(md.contains("+QMTOPEN: ..."), md);
    }

    @Test
    void parameterUnderTheCursor() {
        assertEquals("**AT+QMTOPEN** `<port> 0..65535`", hover("1883", 1));
        assertTrue(hover("\"aliauth\"", 2).startsWith("**AT+QMTCFG=\"aliauth\"** — Aliyun device triple"));
    }

    @Test
    void urcCodesAndTheMeaningOfWrittenValues() {
        String open = hover("+QMTOPEN: 0", 2);
        assertTrue(open.contains("- `3` failed to activate PDP"), open);
        String stat = hover("+QMTSTAT", 2);
        assertTrue(stat.startsWith("**+QMTSTAT: 0,1** means: err_code 1: connection closed or reset by peer"), stat);
        assertTrue(hover("OK", 0).startsWith("**OK** — The command was executed successfully."));
    }

    @Test
    void sourcesMaximumResponseTimesAndProfilesOfSettings() {
        String text = "send AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",7,0,0\nprofile bg95\nsend AT+QCFG=\"iotopmode\",0\n";
        HoverText hovers = new HoverText(AtCatalog.standard());
        String open = hovers.at(IdeTestLanguage.parse(text), 6).orElseThrow().markdown();
        assertTrue(open.startsWith("**AT+QIOPEN** — Opens a socket"), open);
        assertTrue(open.contains("Reports its result later as `+QIOPEN: ...` (connectID,err)"), open);
        assertTrue(open.contains("Maximum response time: 150s (write)"), open);
        assertTrue(open.contains("Source: Quectel LTE Standard TCP/IP Application Note V1.1 §2.1.4"), open);
        String iotopmode = hovers.at(IdeTestLanguage.parse(text), text.indexOf("\"iotopmode\"") + 2).orElseThrow()
                .markdown();
        assertTrue(iotopmode.startsWith("**AT+QCFG=\"iotopmode\"** — Network category to search"), iotopmode);
        assertTrue(iotopmode.contains("Available on: Quectel BG95/BG77 (LPWA: LTE-M, NB-IoT)"), iotopmode);
        assertTrue(iotopmode.contains("Source: AT+QCFG=? of a BG95-M3"), iotopmode);
    }

    /** A command the catalog gained from the SSL application notes: its forms, delayed result, time and sources. */
    @Test
    void aCommandOfTheWiderCatalog() {
        String text = "send AT+QSSLOPEN=1,1,4,\"iot.example.com\",8883,0\nsend AT+QGPS=1\n";
        HoverText hovers = new HoverText(AtCatalog.standard());
        String open = hovers.at(IdeTestLanguage.parse(text), 8).orElseThrow().markdown();
        assertTrue(open.startsWith("**AT+QSSLOPEN** — Opens an SSL client connection"), open);
        assertTrue(open.contains("AT+QSSLOPEN=<pdpctxID>,<sslctxID>,<clientID>,\"<serveraddr>\",<server_port>,[<access_mode>]"), open);
        assertTrue(open.contains("Reports its result later as `+QSSLOPEN: ...` (clientID,err)"), open);
        assertTrue(open.contains("Maximum response time: 150s (test), 150s (write)"), open);
        assertTrue(open.contains("Source: Quectel LTE Standard SSL Application Note (AT+QSSLOPEN)"), open);
        assertEquals("**AT+QSSLOPEN** `<sslctxID> 0..5`", hovers.at(IdeTestLanguage.parse(text), text.indexOf(",1,4") + 1)
                .orElseThrow().markdown());
        String gps = hovers.at(IdeTestLanguage.parse(text), text.indexOf("AT+QGPS") + 4).orElseThrow().markdown();
        assertTrue(gps.contains("On Quectel BG95/BG77 (LPWA: LTE-M, NB-IoT): BG95 supports gnssmode 1 (standalone) only."), gps);
    }

    @Test
    void throughTheLanguageServerService() {
        Document doc = new Document(1, TEXT);
        Hover h = IdeTestLanguage.INJECTOR.getInstance(IHoverService.class).hover(doc, IdeTestLanguage.parse(TEXT),
                new HoverParams(new TextDocumentIdentifier("memory:/test.atflow"), doc.getPosition(TEXT.indexOf("1883") + 1)),
                CancelIndicator.NullImpl);
        assertEquals("**AT+QMTOPEN** `<port> 0..65535`", h.getContents().getRight().getValue());
        assertEquals(0, h.getRange().getStart().getLine());
        assertEquals(TEXT.indexOf("1883"), h.getRange().getStart().getCharacter());
    }
}
