package io.atflow.lang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.lang.model.CommandForm;

/**
 * A sample of catalog values checked against a source written independently of this project: the BG95 MQTT, packet
 * domain, network and general commands as a public driver transcribed them from Quectel's BG95 AT Commands Manual
 * and MQTT Application Note (GitHub dheadrick1618/bg95_driver, include/at/cmd/.../at_cmd_*.h). The expected values
 * below are that driver's ranges and enumerations, not the catalog's.
 */
class CatalogSampleTest {
    static final AtCatalog CATALOG = AtCatalog.standard();

    static ParamSpec param(String command, int index) {
        return CATALOG.command(command).orElseThrow().form(CommandForm.WRITE).orElseThrow().param(index);
    }

    /** {@code min..max} of an int parameter, or its values joined by {@code /}. */
    static String range(ParamSpec p) {
        return p.type() == ParamType.ENUM ? String.join("/", p.values()) : p.min() + ".." + p.max();
    }

    @ParameterizedTest(name = "{0} <{1}>")
    @CsvSource(delimiterString = " | ", value = {
        // at_cmd_qmtopen.h / at_cmd_qmtconn.h: client index 0-5
        "AT+QMTOPEN | 0 | 0..5", "AT+QMTCONN | 0 | 0..5", "AT+QMTCLOSE | 0 | 0..5", "AT+QMTDISC | 0 | 0..5",
        // at_cmd_qmtsub.h: QMTSUB_CLIENT_IDX 0-5, QMTSUB_MSGID 1-65535, QoS 0-2
        "AT+QMTSUB | 0 | 0..5", "AT+QMTSUB | 1 | 1..65535", "AT+QMTSUB | 3 | 0..2",
        // at_cmd_qmtpub.h: client 0-5, msgid 0-65535, QoS 0-2, retain 0/1
        "AT+QMTPUB | 0 | 0..5", "AT+QMTPUB | 1 | 0..65535", "AT+QMTPUB | 2 | 0..2", "AT+QMTPUB | 3 | 0/1",
        // at_cmd_qmtuns.h: client 0-5, msgid 1-65535
        "AT+QMTUNS | 0 | 0..5", "AT+QMTUNS | 1 | 1..65535",
        // at_cmd_cgatt.h / at_cmd_cgact.h: detached/attached, deactivated/activated
        "AT+CGATT | 0 | 0/1", "AT+CGACT | 0 | 0/1",
        // at_cmd_cgdcont.h: CGDCONT_CID_RANGE 1-15; PDP types IP, PPP, IPV6, IPV4V6, Non-IP
        "AT+CGDCONT | 0 | 1..15", "AT+CGDCONT | 1 | IP/PPP/IPV6/IPV4V6/Non-IP",
        // at_cmd_cfun.h: fun 0 minimum, 1 full, 4 RF off
        "AT+CFUN | 0 | 0/1/4",
        // at_cmd_cops.h: mode 0-4, format 0-2
        "AT+COPS | 0 | 0..4", "AT+COPS | 1 | 0..2" })
    void rangesAgreeWithTheBg95Transcription(String command, int index, String expected) {
        assertEquals(expected, range(param(command, index)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiterString = " | ", value = {
        // at_cmd_qmtopen.h: qmtopen_result_t -1..5
        "+QMTOPEN | result | -1,0,1,2,3,4,5",
        // at_cmd_qmtconn.h: qmtconn_result_t 0-2, qmtconn_ret_code_t 0-5
        "+QMTCONN | result | 0,1,2", "+QMTCONN | ret_code | 0,1,2,3,4,5",
        // at_cmd_qmtsub.h / at_cmd_qmtpub.h: result 0-2
        "+QMTSUB | result | 0,1,2", "+QMTPUB | result | 0,1,2", "+QMTUNS | result | 0,1,2" })
    void resultCodesAgreeWithTheBg95Transcription(String urc, String field, String codes) {
        UrcSpec spec = CATALOG.urc(urc).orElseThrow();
        assertEquals(new TreeSet<>(Arrays.asList(codes.split(","))), new TreeSet<>(spec.codes().get(field).keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "AT+QMTOPEN", "AT+QMTSUB", "AT+QMTUNS", "AT+QMTPUB", "AT+CGDCONT", "AT+CGATT", "AT+CGACT", "AT+CFUN",
        "AT+COPS" })
    void theSampledCommandsNameTheTranscription(String command) {
        assertTrue(CATALOG.command(command).orElseThrow().source().contains("dheadrick1618/bg95_driver"), command);
    }

    /** The transcription's AT+CGPADDR and AT+CGACT take cid 1-15 on BG95 (CGPADDR_CID_RANGE, CGACT_MAX_NUM_CONTEXTS). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "AT+CGPADDR", "AT+CGACT" })
    void theBg95CidRangeIsAProfileNote(String command) {
        assertTrue(CATALOG.command(command).orElseThrow().profileNotes().get("bg95").contains("<cid> 1-15"), command);
    }
}
