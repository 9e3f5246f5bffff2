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
        "atflow.unknown-urc | await +QFOO: 1 | await +QMTSTAT: 0,1",
        // AT+QISEND (BG95 TCP/IP AN §2.3.7): Ctrl-Z without a length, exactly <send_length> bytes with one, none for 0
        "atflow.data-mismatch | send AT+QISEND=0,5 | send AT+QISEND=0,5 prompt \"hello\"",
        "atflow.data-mismatch | send AT+QISEND=0 prompt \"hi\" | send AT+QISEND=0 prompt \"hi\" ctrlz",
        "atflow.data-mismatch | send AT+QISEND=0,0 prompt \"hi\" | send AT+QISEND=0,0 expect +QISEND: {t},{a},{u}",
        "atflow.length-mismatch | send AT+QISEND=0,4 prompt \"hello\" | send AT+QISEND=0,5 prompt \"hello\"",
        "atflow.data-mismatch | send AT+QHTTPGET=80,14 | send AT+QHTTPGET=80,14 connect \"GET / HTTP/1.1\"",
        "atflow.urc-not-produced | send AT+QIOPEN=1,0,\"TCP\",\"h\",7,0,0\\nawait +QMTOPEN: 0,0 | send AT+QIOPEN=1,0,\"TCP\",\"h\",7,0,0\\nawait +QIOPEN: 0,0",
        "atflow.urc-not-produced | send AT+QIRD=0,0 expect +QISEND: {a} | send AT+QIRD=0,0 expect +QIRD: {t},{r},{u}" })
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
