package io.atflow.lang.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.testing.IdeTestLanguage;

/** In-process content assist with replacement ranges. */
class CompletionsTest {

    static List<Completion> at(String text, int offset) {
        return IdeTestLanguage.INJECTOR.getInstance(Completions.class).at(IdeTestLanguage.parse(text), text, offset,
                CancelIndicator.NullImpl);
    }

    @Test
    void commandReplacesWhatWasTyped() {
        String text = "step \"a\" {\n  send AT+QMTO\n}\n";
        int offset = text.indexOf("AT+QMTO") + "AT+QMTO".length();
        List<Completion> c = at(text, offset);
        Completion open = c.stream().filter(x -> x.text().equals("AT+QMTOPEN=")).findFirst().orElseThrow(
                () -> new AssertionError(c.toString()));
        assertEquals(text.indexOf("AT+QMTO"), open.replaceOffset());
        assertEquals("AT+QMTO".length(), open.replaceLength());
        assertTrue(open.documentation().contains("AT+QMTOPEN"), open::documentation);
        assertEquals(c.stream().map(Completion::text).distinct().count(), c.size(), "no duplicates");
    }

    /** Commands the catalog gained from the FILE application notes are proposed with their documentation. */
    @Test
    void commandsOfTheWiderCatalog() {
        String text = "step \"a\" {\n  send AT+QFU\n}\n";
        List<Completion> c = at(text, text.indexOf("AT+QFU") + "AT+QFU".length());
        Completion upload = c.stream().filter(x -> x.text().equals("AT+QFUPL=")).findFirst().orElseThrow(
                () -> new AssertionError(c.toString()));
        assertTrue(upload.documentation().startsWith("**AT+QFUPL** — Uploads a file"), upload::documentation);
        assertTrue(upload.documentation().contains("Source: Quectel LTE Standard FILE Application Note (AT+QFUPL)"),
                upload::documentation);
    }

    @Test
    void keywordsAtTheStartOfAStatement() {
        String text = "step \"a\" {\n  se\n}\n";
        List<Completion> c = at(text, text.indexOf("se") + 2);
        assertTrue(c.stream().anyMatch(x -> x.text().equals("send")), c::toString);
        assertTrue(c.stream().anyMatch(x -> x.text().equals("set")), c::toString);
    }
}
