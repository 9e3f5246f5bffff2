package io.atflow.lang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.atflow.lang.model.AtCommandText;
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
        assertTrue(qcfg.availableIn("ec2x") && qcfg.availableIn("bg95"));
        VariantSpec iotopmode = qcfg.form(CommandForm.WRITE).orElseThrow().variants().get("iotopmode");
        assertTrue(iotopmode.availableIn("bg95"));
        assertFalse(iotopmode.availableIn("ec2x"));
        assertTrue(qcfg.form(CommandForm.WRITE).orElseThrow().variants().get("urc/delay").availableIn("ec2x"));
        assertTrue(CATALOG.commands("bg95").size() > CATALOG.commands("ec2x").size() - 1);
    }

    @Test
    void commandsAroundTheFlowsOfTheNoteAreKnownWithTheirSources() {
        for (String name : List.of("AT+CPIN", "AT+QCCID", "AT+CIMI", "AT+CGSN", "AT+GSN", "AT+CGMM", "AT+CGMR", "AT+GMR",
                "AT+QGMR", "AT+QSIMSTAT", "AT+QINISTAT", "AT+CMEE", "AT+QIOPEN", "AT+QISEND", "AT+QISENDEX", "AT+QIRD",
                "AT+QISTATE", "AT+QICLOSE", "AT+QIDNSCFG", "AT+QIDNSGIP", "AT+QIGETERROR", "AT+QPING", "AT+QCFG",
                "AT+QHTTPCFG", "AT+QHTTPGET", "AT+QHTTPREAD", "AT+QISDE", "AT+QSSLSTATE")) {
            CommandSpec c = CATALOG.command(name).orElseThrow(() -> new AssertionError(name + " is not in the catalog"));
            assertTrue(c.source() != null && c.source().startsWith("Quectel"), name + ": " + c.source());
        }
        assertEquals(List.of("apready", "band", "iotopmode", "nwscanmode", "nwscanseq", "urc/delay", "urc/ri/ring"),
                CATALOG.command("AT+QCFG").orElseThrow().form(CommandForm.WRITE).orElseThrow().variants().keySet()
                        .stream().sorted().toList());
    }

    @Test
    void maximumResponseTimesAndLateAnswersOfTheTcpIpNotes() {
        // BG95&BG77&BG600L TCP/IP Application Note: AT+QIOPEN 150 s (its +QIOPEN URC too), AT+QISEND 120 s, AT+QPING 300 s
        FormSpec open = CATALOG.command("AT+QIOPEN").orElseThrow().form(CommandForm.WRITE).orElseThrow();
        assertEquals("150s", open.maxResponse());
        assertEquals(List.of("+QIOPEN"), open.results());
        assertEquals("150s", open.resultWithin());
        assertEquals("120s", CATALOG.command("AT+QISEND").orElseThrow().form(CommandForm.WRITE).orElseThrow().maxResponse());
        assertEquals("300s", CATALOG.command("AT+QPING").orElseThrow().form(CommandForm.WRITE).orElseThrow().resultWithin());
        assertTrue(CATALOG.delayedResultPrefixes().containsAll(List.of("+QIOPEN", "+QPING")));
        assertTrue(CATALOG.unsolicitedPrefixes().containsAll(List.of("+QIURC", "+QSIMSTAT")));
        assertEquals(Optional.of("+QIOPEN err 566: socket connect failed"), CATALOG.describe("+QIOPEN: 0,566"));
        assertEquals(Optional.of("+QISTATE socket_state 2: connected; access_mode 0: buffer access mode"),
                CATALOG.describe("+QISTATE: 0,\"TCP\",\"127.0.0.1\",7,52000,2,1,0,0,\"uart1\""));
    }

    @Test
    void theDataOfAqisendDependsOnItsArguments() {
        // AT+QISEND=<id>: Ctrl-Z; =<id>,<len>: exactly len bytes; =<id>,0: a query (BG95 TCP/IP AN §2.3.7)
        FormSpec send = CATALOG.command("AT+QISEND").orElseThrow().form(CommandForm.WRITE).orElseThrow();
        assertEquals(DataMode.PROMPT_CTRLZ, send.dataFor(AtCommandText.parse("AT+QISEND=0")));
        assertEquals(DataMode.PROMPT_LENGTH, send.dataFor(AtCommandText.parse("AT+QISEND=0,5")));
        assertEquals(DataMode.PROMPT_LENGTH, send.dataFor(AtCommandText.parse("AT+QISEND=0,${n}")));
        assertEquals(DataMode.NONE, send.dataFor(AtCommandText.parse("AT+QISEND=0,0")));
        FormSpec get = CATALOG.command("AT+QHTTPGET").orElseThrow().form(CommandForm.WRITE).orElseThrow();
        assertEquals(DataMode.NONE, get.dataFor(AtCommandText.parse("AT+QHTTPGET=80")));
        assertEquals(DataMode.CONNECT, get.dataFor(AtCommandText.parse("AT+QHTTPGET=80,60")));
    }

    @Test
    void aDataCaseNamingAnUnknownParameterIsOneSentence() {
        String json = """
                {"commands": [{"name": "AT+X", "forms": {"write": {"params": [{"name": "a", "type": "int"}],
                  "dataCases": [{"param": "b", "equals": "0", "data": "none"}]}}}]}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtCatalog.load(new StringReader(json)));
        assertEquals("a data case of the AT catalog names the unknown parameter b", e.getMessage());
    }

    @Test
    void unknownFieldsAreIgnored() {
        AtCatalog c = AtCatalog.load(new StringReader("""
                {"commands": [{"name": "AT+X", "summary": "x", "note": "for maintainers", "source": "a manual",
                  "forms": {"exec": {"maxResponse": "300ms", "whatever": 1}}}]}
                """));
        assertEquals("a manual", c.command("AT+X").orElseThrow().source());
        assertEquals("300ms", c.command("AT+X").orElseThrow().form(CommandForm.EXEC).orElseThrow().maxResponse());
    }

    @Test
    void modelsHaveTheirFamilysCommands() {
        assertEquals(List.of("ec2x", "bg95", "ec21", "ec25", "eg25g", "bg96", "bg77", "bg770a"),
                CATALOG.profiles().stream().map(ProfileSpec::id).toList());
        assertEquals(List.of("ec2x", "bg95", "ec2x", "ec2x", "ec2x", "bg95", "bg95", "bg95"),
                CATALOG.profiles().stream().map(ProfileSpec::familyId).toList());
        // AT+QCFG exists on both families; its "iotopmode" setting only on the LPWA modules (BG95/BG96 AT manuals)
        CommandSpec qcfg = CATALOG.command("AT+QCFG").orElseThrow();
        VariantSpec iotopmode = qcfg.form(CommandForm.WRITE).orElseThrow().variants().get("iotopmode");
        for (String lpwa : List.of("bg95", "bg96", "bg77", "bg770a")) {
            assertTrue(CATALOG.available(qcfg, lpwa) && CATALOG.available(iotopmode, lpwa), lpwa);
        }
        for (String lte : List.of("ec2x", "ec21", "ec25", "eg25g")) {
            assertTrue(CATALOG.available(qcfg, lte), lte);
            assertFalse(CATALOG.available(iotopmode, lte), lte);
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
