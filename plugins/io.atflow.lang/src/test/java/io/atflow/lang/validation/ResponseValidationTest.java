package io.atflow.lang.validation;

import static io.atflow.lang.validation.IssueAssert.first;
import static io.atflow.lang.validation.IssueAssert.has;
import static io.atflow.lang.validation.IssueAssert.lacks;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Awaited URCs, expected responses and the data written after a prompt or CONNECT. */
class ResponseValidationTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "atflow.urc-not-produced | send AT+QMTOPEN=0,\"h\",1883\\nawait +QMTCONN: 0,0,0 | send AT+QMTOPEN=0,\"h\",1883\\nawait +QMTOPEN: 0,0",
        "atflow.urc-not-produced | send AT+CSQ expect +CEREG: {n},{s} | send AT+CSQ expect +CSQ: {r},{b}",
        "atflow.data-mismatch | send AT+QMTPUBEX=0,0,0,0,\"/t\",2 | send AT+QMTPUBEX=0,0,0,0,\"/t\",2 prompt \"hi\"",
        "atflow.data-mismatch | send AT+QMTPUB=0,0,0,0,\"/t\" prompt \"hi\" | send AT+QMTPUB=0,0,0,0,\"/t\" prompt \"hi\" ctrlz",
        "atflow.data-mismatch | send AT+QMTPUBEX=0,0,0,0,\"/t\",2 prompt \"hi\" ctrlz | send AT+QMTPUBEX=0,0,0,0,\"/t\",2 prompt \"hi\"",
        "atflow.data-mismatch | send AT+CSQ prompt \"x\" | send AT+CSQ",
        "atflow.data-mismatch | send AT+QHTTPREAD=80 | send AT+QHTTPREAD=80 receive body",
        "atflow.length-mismatch | send AT+QMTPUBEX=0,0,0,0,\"/t\",3 prompt \"hi\" | send AT+QMTPUBEX=0,0,0,0,\"/t\",2 prompt \"hi\"",
        "atflow.length-mismatch | send AT+QHTTPURL=5,80 connect \"https://x\" | send AT+QHTTPURL=9,80 connect \"https://x\"",
        "atflow.unknown-urc | await +QFOO: 1 | await +QMTSTAT: 0,1" })
    void issueAndItsFix(String code, String bad, String good) {
        has(bad.replace("\\n", "\n"), code);
        lacks(good.replace("\\n", "\n"), code);
    }

    @Test
    void unsolicitedUrcsMayBeAwaitedAfterAnyCommand() {
        lacks("send AT+QMTOPEN=0,\"h\",1883\nawait +QMTSTAT: 0,1\nawait +QMTRECV: 0,{m},\"{t}\",\"{p}\"\n",
                IssueCodes.URC_NOT_PRODUCED);
    }

    @Test
    void lengthHelperAndMultiByteText() {
        lacks("payload p = \"温度\"\nsend AT+QMTPUBEX=0,0,0,0,\"/t\",${len(p)} prompt p\n", IssueCodes.LENGTH_MISMATCH);
        assertTrue(first("payload p = \"温度\"\nsend AT+QMTPUBEX=0,0,0,0,\"/t\",2 prompt p\n", IssueCodes.LENGTH_MISMATCH)
                .message().startsWith("the data is 6 bytes but the command announces 2"));
    }
}
