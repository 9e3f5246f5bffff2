package io.atflow.lang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.atflow.lang.model.CommandForm;

/** The shipped catalog: commands of the application note, URC classification, code meanings and profiles. */
class AtCatalogTest {
    static final AtCatalog CATALOG = AtCatalog.standard();

    @Test
    void everyCommandOfTheApplicationNoteIsKnown() {
        for (String name : List.of("AT", "ATE", "ATI", "AT+CGSN", "AT+CEREG", "AT+QENG", "AT+CGPADDR", "AT+QICSGP",
                "AT+QIACT", "AT+QIDEACT", "AT+CSQ", "AT+CPIN", "AT+QMTCFG", "AT+QMTOPEN", "AT+QMTCLOSE", "AT+QMTCONN",
                "AT+QMTDISC", "AT+QMTSUB", "AT+QMTUNS", "AT+QMTPUB", "AT+QMTPUBEX", "AT+QHTTPCFG", "AT+QHTTPURL",
                "AT+QHTTPPOST", "AT+QHTTPREAD", "AT+QSSLCFG")) {
            assertTrue(CATALOG.command(name).isPresent(), name);
        }
        assertEquals(List.of("aliauth", "keepalive", "pdpcid", "recv/mode", "session", "ssl", "timeout", "version", "will"),
                CATALOG.command("AT+QMTCFG").orElseThrow().form(CommandForm.WRITE).orElseThrow().variants().keySet()
                        .stream().sorted().toList());
    }

    @Test
    void delayedResultsAndUnsolicitedCodesAreSeparated() {
        assertTrue(CATALOG.delayedResultPrefixes().containsAll(List.of("+QMTOPEN", "+QMTCONN", "+QMTSUB", "+QMTPUBEX",
                "+QMTCLOSE", "+QHTTPPOST", "+QHTTPREAD")));
        assertTrue(CATALOG.unsolicitedPrefixes().containsAll(List.of("+QMTSTAT", "+QMTRECV", "+QMTPING")));
        assertFalse(CATALOG.unsolicitedPrefixes().contains("+QMTOPEN"));
        assertEquals(List.of("AT+QMTOPEN"), CATALOG.producersOf("+QMTOPEN").stream().map(CommandSpec::name).toList());
    }

    @Test
    void urcLinesAreDecoded() {
        assertEquals(Optional.of("+QMTSTAT err_code 1: connection closed or reset by peer"), CATALOG.describe("+QMTSTAT: 0,1"));
        assertEquals(Optional.of("+QMTOPEN result 3: failed to activate PDP"), CATALOG.describe("+QMTOPEN: 0,3"));
        assertEquals(Optional.of("+QMTCONN result 0: packet sent and acknowledged; ret_code 4: bad user name or password"),
                CATALOG.describe("+QMTCONN: 0,0,4"));
        assertEquals(Optional.of("+QHTTPPOST err 714: DNS error"), CATALOG.describe("+QHTTPPOST: 714"));
        assertEquals(Optional.of("+CME ERROR err 10: SIM not inserted"), CATALOG.describe("+CME ERROR: 10"));
        assertTrue(CATALOG.describe("OK").orElseThrow().startsWith("The command was executed"));
        assertEquals(Optional.empty(), CATALOG.describe("+XYZ: 1"));
    }

    @Test
    void profilesDiffer() {
        assertEquals("ec2x", CATALOG.defaultProfile().id());
        CommandSpec qcfg = CATALOG.command("AT+QCFG").orElseThrow();
        assertTrue(qcfg.availableIn("bg95"));
        assertFalse(qcfg.availableIn("ec2x"));
        assertTrue(CATALOG.commands("bg95").size() > CATALOG.commands("ec2x").size() - 1);
    }

    @Test
    void modelsHaveTheirFamilysCommands() {
        assertEquals(List.of("ec2x", "bg95", "ec21", "ec25", "eg25g", "bg96", "bg77", "bg770a"),
                CATALOG.profiles().stream().map(ProfileSpec::id).toList());
        assertEquals(List.of("ec2x", "bg95", "ec2x", "ec2x", "ec2x", "bg95", "bg95", "bg95"),
                CATALOG.profiles().stream().map(ProfileSpec::familyId).toList());
        CommandSpec qcfg = CATALOG.command("AT+QCFG").orElseThrow();
        for (String lpwa : List.of("bg95", "bg96", "bg77", "bg770a")) {
            assertTrue(CATALOG.available(qcfg, lpwa), lpwa);
        }
        for (String lte : List.of("ec2x", "ec21", "ec25", "eg25g")) {
            assertFalse(CATALOG.available(qcfg, lte), lte);
        }
        assertEquals(CATALOG.commands("bg95"), CATALOG.commands("bg770a"));
        assertEquals(CATALOG.commands("ec2x"), CATALOG.commands("eg25g"));
    }

    @Test
    void parametersHaveTypesRangesAndQuoting() {
        FormSpec open = CATALOG.command("AT+QMTOPEN").orElseThrow().form(CommandForm.WRITE).orElseThrow();
        assertEquals(List.of("client_idx", "host_name", "port"), open.params().stream().map(ParamSpec::name).toList());
        ParamSpec port = open.params().get(2);
        assertEquals(ParamType.INT, port.type());
        assertEquals(65535L, port.max());
        assertTrue(open.params().get(1).quoted());
        FormSpec sub = CATALOG.command("AT+QMTSUB").orElseThrow().form(CommandForm.WRITE).orElseThrow();
        assertEquals("topic", sub.param(4).name());
        assertEquals("qos", sub.param(5).name());
        assertEquals("AT+QMTOPEN=?\nAT+QMTOPEN?\nAT+QMTOPEN=<client_idx>,\"<host_name>\",<port>\n",
                CATALOG.command("AT+QMTOPEN").orElseThrow().syntax());
        assertEquals(DataMode.PROMPT_LENGTH, CATALOG.command("AT+QMTPUBEX").orElseThrow().form(CommandForm.WRITE)
                .orElseThrow().data());
    }

    @Test
    void didYouMean() {
        assertEquals(List.of("AT+QMTOPEN"), CATALOG.suggestCommands("AT+QMTOPN", null));
        assertEquals(List.of("AT+QMTPUB", "AT+QMTPUBEX"), CATALOG.suggestCommands("at+qmtpubx", null));
        assertEquals(List.of(), CATALOG.suggestCommands("AT+NOTHINGLIKEIT", null));
    }

    @Test
    void aBrokenCatalogIsOneSentence() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtCatalog.load(new StringReader("{")));
        assertTrue(e.getMessage().startsWith("the AT catalog is not valid JSON"));
    }
}
