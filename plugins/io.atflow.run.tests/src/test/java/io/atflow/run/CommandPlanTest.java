package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.DataMode;

class CommandPlanTest {
    private final AtCatalog catalog = AtCatalog.standard();

    @Test
    void commandNameIsUpperCasedArgumentsAreKept() {
        assertEquals("AT+QMTCFG=\"aliauth\",0,\"pk\"", CommandPlan.of("at+qmtcfg=\"aliauth\",0,\"pk\"", catalog).text());
        assertEquals("ATE0", CommandPlan.of("ate0", catalog).text());
        CommandPlan p = CommandPlan.of("  at+csq ", catalog);
        assertEquals("AT+CSQ", p.text());
        assertEquals(DataMode.NONE, p.data());
        assertFalse(p.needsData());
    }

    @Test
    void publishWithLengthAsksForDataSentExactly() {
        CommandPlan p = CommandPlan.of("AT+QMTPUBEX=0,0,0,0,\"t\",5", catalog);
        assertEquals(DataMode.PROMPT_LENGTH, p.data());
        assertTrue(p.needsData());
    }

    @Test
    void publishEndedByCtrlZAndHttpReadAreRecognised() {
        assertEquals(DataMode.PROMPT_CTRLZ, CommandPlan.of("AT+QMTPUB=0,0,0,0,\"t\"", catalog).data());
        CommandPlan read = CommandPlan.of("AT+QHTTPREAD=80", catalog);
        assertEquals(DataMode.CONNECT_READ, read.data());
        assertFalse(read.needsData());
    }

    /** AT+QISEND: Ctrl-Z without a length, exactly the length with one, no data for 0 (BG95 TCP/IP AN §2.3.7). */
    @Test
    void socketSendAsksForDataByItsArguments() {
        assertEquals(DataMode.PROMPT_CTRLZ, CommandPlan.of("AT+QISEND=0", catalog).data());
        assertEquals(DataMode.PROMPT_LENGTH, CommandPlan.of("at+qisend=0,5", catalog).data());
        CommandPlan query = CommandPlan.of("AT+QISEND=0,0", catalog);
        assertEquals(DataMode.NONE, query.data());
        assertFalse(query.needsData());
    }

    @Test
    void nonCommandsAreRefusedWithOneSentence() {
        assertEquals("type an AT command, e.g. AT+CSQ",
                assertThrows(IllegalArgumentException.class, () -> CommandPlan.of(" ", catalog)).getMessage());
        assertEquals("\"hello\" is not an AT command; commands start with AT, e.g. AT+CSQ",
                assertThrows(IllegalArgumentException.class, () -> CommandPlan.of("hello", catalog)).getMessage());
    }
}
