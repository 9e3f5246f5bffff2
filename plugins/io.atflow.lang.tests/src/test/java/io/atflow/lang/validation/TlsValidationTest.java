package io.atflow.lang.validation;

import static io.atflow.lang.validation.IssueAssert.first;
import static io.atflow.lang.validation.IssueAssert.lacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.atflow.lang.load.Diagnostic;

/** The TLS set-up followed through a script (TlsValidator) and the upload's byte count (ResponseValidator). */
class TlsValidationTest {
    static final String CLIENT2 = "i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|";
    static final String PASSWORD = "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db";
    static final String OPEN = "send AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883\n";

    static String conn(String clientId) {
        return "send AT+QMTCONN=0,\"" + clientId + "\",\"device001&i2uqc2dloOl\",\"" + PASSWORD + "\"\n";
    }

    static final String UPLOAD = "payload ca = \"-----BEGIN CERTIFICATE-----\\r\\nMIIB\\r\\n\"\n"
            + "send AT+QFUPL=\"UFS:ca.pem\",${len(ca)},10 connect ca\n";

    static final String VERIFYING = UPLOAD + "send AT+QSSLCFG=\"cacert\",1,\"UFS:ca.pem\"\n"
            + "send AT+QSSLCFG=\"seclevel\",1,1\n";

    @Test
    void securemode2WithoutSslIsReportedOnTheClientId() {
        String script = IssueAssert.METER + OPEN + conn(CLIENT2);
        Diagnostic d = first(script, IssueCodes.TLS_SECUREMODE_WITHOUT_SSL);
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals(7, d.line());
        lacks(IssueAssert.METER + "send AT+QMTCFG=\"ssl\",0,1,2\n" + OPEN + conn(CLIENT2),
                IssueCodes.TLS_SECUREMODE_WITHOUT_SSL);
    }

    @Test
    void sslSwitchedOnAfterTheOpenDoesNotCount() {
        first(IssueAssert.METER + OPEN + "send AT+QMTCFG=\"ssl\",0,1,2\n" + conn(CLIENT2),
                IssueCodes.TLS_SECUREMODE_WITHOUT_SSL);
    }

    @Test
    void securemode3WithSslIsReported() {
        String plain = CLIENT2.replace("securemode=2", "securemode=3");
        first(IssueAssert.METER + "send AT+QMTCFG=\"ssl\",0,1,2\n" + OPEN + conn(plain),
                IssueCodes.TLS_PLAIN_SECUREMODE);
        lacks(IssueAssert.METER + OPEN + conn(plain), IssueCodes.TLS_PLAIN_SECUREMODE);
    }

    @Test
    void aClientOnAnotherContextThanTheConfiguredOne() {
        String script = VERIFYING + "send AT+QMTCFG=\"ssl\",0,1,2\n" + OPEN;
        Diagnostic d = first(script, IssueCodes.SSL_CONTEXT_MISMATCH);
        assertEquals(5, d.line());
        assertTrue(d.message().contains("SSL context 2"), d.message());
        // Quectel SSL Application Note (EC2x/BG95): an SSL context starts at seclevel 0, "no authentication"
        assertTrue(d.message().contains("keeps its power-up settings (seclevel 0, no authentication): the connection"
                + " opens without checking the server"), d.message());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        lacks(VERIFYING + "send AT+QMTCFG=\"ssl\",0,1,1\n" + OPEN, IssueCodes.SSL_CONTEXT_MISMATCH);
        lacks("send AT+QMTCFG=\"ssl\",0,1,2\n" + OPEN, IssueCodes.SSL_CONTEXT_MISMATCH);
    }

    @Test
    void aContextConfiguredAfterTheOpen() {
        String script = UPLOAD + "send AT+QMTCFG=\"ssl\",0,1,1\n" + OPEN
                + "send AT+QSSLCFG=\"cacert\",1,\"UFS:ca.pem\"\n";
        assertEquals(5, first(script, IssueCodes.SSL_CONTEXT_LATE).line());
    }

    @Test
    void aCaFileThatWasNeverUploaded() {
        String script = UPLOAD + "send AT+QSSLCFG=\"cacert\",1,\"UFS:root.pem\"\n";
        Diagnostic d = first(script, IssueCodes.FILE_NOT_UPLOADED);
        assertEquals(3, d.line());
        assertTrue(d.message().contains("UFS:root.pem"), d.message());
        lacks(UPLOAD + "send AT+QSSLCFG=\"cacert\",1,\"ca.pem\"\n", IssueCodes.FILE_NOT_UPLOADED);
        first(UPLOAD + "send AT+QFDEL=\"ca.pem\"\nsend AT+QSSLCFG=\"cacert\",1,\"ca.pem\"\n",
                IssueCodes.FILE_NOT_UPLOADED);
    }

    @Test
    void aSecondUploadOfTheSameFile() {
        String again = UPLOAD + "send AT+QFUPL=\"ca.pem\",${len(ca)},10 connect ca\n";
        Diagnostic d = first(again, IssueCodes.FILE_EXISTS);
        assertEquals(3, d.line());
        assertTrue(d.message().contains("407"), d.message());
        lacks(UPLOAD + "send AT+QFDEL=\"ca.pem\"\nsend AT+QFUPL=\"ca.pem\",${len(ca)},10 connect ca\n",
                IssueCodes.FILE_EXISTS);
    }

    @Test
    void tlsThatChecksValidityBeforeTheClockIsSet() {
        String strict = VERIFYING + "send AT+QSSLCFG=\"ignorelocaltime\",1,0\nsend AT+QMTCFG=\"ssl\",0,1,1\n";
        assertEquals(7, first(strict + OPEN, IssueCodes.CLOCK_NOT_SET).line());
        lacks(strict + "send AT+QNTP=1,\"ntp.aliyun.com\"\n" + OPEN, IssueCodes.CLOCK_NOT_SET);
        lacks(strict + "send AT+CCLK=\"26/12/07,10:00:00+32\"\n" + OPEN, IssueCodes.CLOCK_NOT_SET);
        lacks(VERIFYING + "send AT+QMTCFG=\"ssl\",0,1,1\n" + OPEN, IssueCodes.CLOCK_NOT_SET);
    }

    @Test
    void theUploadsByteCountCountsCrlf() {
        lacks(UPLOAD, IssueCodes.LENGTH_MISMATCH);
        String wrong = "payload ca = \"-----BEGIN CERTIFICATE-----\\r\\nMIIB\\r\\n\"\n"
                + "send AT+QFUPL=\"UFS:ca.pem\",33,10 connect ca\n";
        Diagnostic d = first(wrong, IssueCodes.LENGTH_MISMATCH);
        assertTrue(d.message().startsWith("the data is 35 bytes"), d.message());
    }
}
