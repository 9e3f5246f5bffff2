package io.atflow.lang.validation;

import static io.atflow.lang.validation.IssueAssert.first;
import static io.atflow.lang.validation.IssueAssert.has;
import static io.atflow.lang.validation.IssueAssert.lacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.lang.load.Diagnostic;

/** AT commands against the catalog: each issue code with a failing and a passing command. */
class CommandValidationTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "atflow.unknown-command | send AT+QMTOPN=0,\"h\",1883 | send AT+QMTOPEN=0,\"h\",1883",
        "atflow.unsupported-form | send AT+QMTOPEN | send AT+QMTOPEN=?",
        "atflow.unsupported-form | send AT+CSQ? | send AT+CSQ",
        "atflow.wrong-arity | send AT+QMTOPEN=0,\"h\" | send AT+QMTOPEN=0,\"h\",1883",
        "atflow.wrong-arity | send AT+QMTCLOSE=0,1 | send AT+QMTCLOSE=0",
        "atflow.wrong-arity | send AT+QMTCFG=\"keepalive\",0,120,5 | send AT+QMTCFG=\"keepalive\",0,120",
        "atflow.bad-quoting | send AT+QMTOPEN=0,iot.example.com,1883 | send AT+QMTOPEN=0,\"iot.example.com\",1883",
        "atflow.bad-quoting | send AT+QMTOPEN=\"0\",\"h\",1883 | send AT+QMTOPEN=0,\"h\",1883",
        "atflow.bad-quoting | send AT+QMTOPEN=0,\"h,1883 | send AT+QMTOPEN=0,\"h\",1883",
        "atflow.wrong-type | send AT+QMTOPEN=0,\"h\",port | send AT+QMTOPEN=0,\"h\",8883",
        "atflow.out-of-range | send AT+QMTOPEN=6,\"h\",1883 | send AT+QMTOPEN=5,\"h\",1883",
        "atflow.out-of-range | send AT+QMTOPEN=0,\"h\",65536 | send AT+QMTOPEN=0,\"h\",65535",
        "atflow.out-of-range | send ATE2 | send ATE1",
        "atflow.out-of-range | send AT+QMTCFG=\"version\",0,5 | send AT+QMTCFG=\"version\",0,4",
        "atflow.unknown-variant | send AT+QMTCFG=\"aliath\",0 | send AT+QMTCFG=\"aliauth\",0",
        "atflow.not-in-profile | send AT+QCFG=\"iotopmode\",0 | profile bg95\\nsend AT+QCFG=\"iotopmode\",0",
        "atflow.not-in-profile | profile eg25g\\nsend AT+QCFG=\"iotopmode\",0 | profile bg96\\nsend AT+QCFG=\"iotopmode\",0",
        "atflow.not-in-profile | profile ec21\\nsend AT+QCFG=\"iotopmode\",0 | profile bg770a\\nsend AT+QCFG=\"iotopmode\",0",
        "atflow.unknown-command | send AT+QGMX | send AT+QGMR",
        "atflow.out-of-range | send AT+CMEE=3 | send AT+CMEE=2" })
    void issueAndItsFix(String code, String bad, String good) {
        has(bad.replace("\\n", "\n"), code);
        lacks(good.replace("\\n", "\n"), code);
    }

    @Test
    void didYouMeanForCommands() {
        Diagnostic d = first("send AT+QMTOPN=0,\"h\",1883\n", IssueCodes.UNKNOWN_COMMAND);
        assertTrue(d.message().contains("did you mean AT+QMTOPEN?"), d.message());
        assertEquals(1, d.line());
        assertEquals(6, d.column());
    }

    @Test
    void placeholdersAreNotTypeChecked() {
        lacks("var port = \"1883\"\nsend AT+QMTOPEN=0,\"h\",${port}\n", IssueCodes.WRONG_TYPE);
        lacks("var port = \"1883\"\nsend AT+QMTOPEN=0,\"h\",${port}\n", IssueCodes.BAD_QUOTING);
    }

    @Test
    void repeatedParametersOfSubscribe() {
        lacks("send AT+QMTSUB=0,1,\"/a\",0,\"/b\",1\n", IssueCodes.WRONG_ARITY);
        has("send AT+QMTSUB=0,1,\"/a\",0,\"/b\",3\n", IssueCodes.OUT_OF_RANGE);
    }

    @Test
    void rangeMessageNamesTheParameterAndLimits() {
        Diagnostic d = first("send AT+QMTOPEN=6,\"h\",1883\n", IssueCodes.OUT_OF_RANGE);
        assertEquals("<client_idx> of AT+QMTOPEN must be between 0 and 5, not 6", d.message());
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
    }
}
