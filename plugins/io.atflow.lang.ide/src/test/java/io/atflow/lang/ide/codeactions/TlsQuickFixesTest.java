package io.atflow.lang.ide.codeactions;

import static io.atflow.lang.ide.codeactions.QuickFixesTest.apply;
import static io.atflow.lang.ide.codeactions.QuickFixesTest.assertFixed;
import static io.atflow.lang.ide.codeactions.QuickFixesTest.fixes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.validation.IssueCodes;

/** The TLS set-up's quick fixes, each applied and the result validated again. */
class TlsQuickFixesTest {
    static final String CLIENT = "i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|";
    static final String OPEN = "  send AT+QMTOPEN=0,\"h.aliyuncs.com\",1883\n";
    static final String CONN = "  send AT+QMTCONN=0,\"" + CLIENT + "\",\"device001&i2uqc2dloOl\",\""
            + QuickFixesTest.NOTE_PASSWORD + "\"\n";
    static final String UPLOAD = "payload ca = \"-----BEGIN CERTIFICATE-----\\r\\n\"\n"
            + "step \"tls\" {\n  send AT+QFUPL=\"UFS:ca.pem\",${len(ca)},10 connect ca\n";

    static String fixed(String text, String code) {
        List<QuickFix> fixes = fixes(text, code);
        assertEquals(1, fixes.size(), () -> "fixes for " + code + ": " + fixes);
        String result = apply(text, fixes.get(0));
        assertFixed(result, code);
        return result;
    }

    @Test
    void theMissingSslLineIsInsertedBeforeTheOpen() {
        String text = QuickFixesTest.METER + "step \"c\" {\n" + OPEN + CONN + "}\n";
        assertEquals(QuickFixesTest.METER + "step \"c\" {\n  send AT+QMTCFG=\"ssl\",0,1,0\n" + OPEN + CONN + "}\n",
                fixed(text, IssueCodes.TLS_SECUREMODE_WITHOUT_SSL));
    }

    @Test
    void securemode3OverTlsBecomes2() {
        String text = QuickFixesTest.METER + "step \"c\" {\n  send AT+QMTCFG=\"ssl\",0,1,2\n" + OPEN
                + CONN.replace("securemode=2", "securemode=3") + "}\n";
        assertEquals(QuickFixesTest.METER + "step \"c\" {\n  send AT+QMTCFG=\"ssl\",0,1,2\n" + OPEN + CONN + "}\n",
                fixed(text, IssueCodes.TLS_PLAIN_SECUREMODE));
    }

    @Test
    void theClientTakesTheConfiguredContext() {
        String text = UPLOAD + "  send AT+QSSLCFG=\"cacert\",1,\"UFS:ca.pem\"\n  send AT+QMTCFG=\"ssl\",0,1,2\n"
                + OPEN + "}\n";
        assertEquals(text.replace("\"ssl\",0,1,2", "\"ssl\",0,1,1"), fixed(text, IssueCodes.SSL_CONTEXT_MISMATCH));
    }

    @Test
    void theCaNameBecomesTheUploadedOne() {
        String text = UPLOAD + "  send AT+QSSLCFG=\"cacert\",1,\"UFS:root.pem\"\n}\n";
        assertEquals(text.replace("root.pem", "ca.pem"), fixed(text, IssueCodes.FILE_NOT_UPLOADED));
    }

    @Test
    void theClockIsSetByNtpBeforeTheOpen() {
        String text = UPLOAD + "  send AT+QSSLCFG=\"cacert\",1,\"UFS:ca.pem\"\n  send AT+QSSLCFG=\"seclevel\",1,1\n"
                + "  send AT+QSSLCFG=\"ignorelocaltime\",1,0\n  send AT+QMTCFG=\"ssl\",0,1,1\n" + OPEN + "}\n";
        assertEquals(text.replace(OPEN, "  send AT+QNTP=1,\"ntp.aliyun.com\"\n  await +QNTP: 0,{ntpTime} within 125s\n"
                + OPEN), fixed(text, IssueCodes.CLOCK_NOT_SET));
    }

    @Test
    void aSecondUploadDeletesTheFileFirst() {
        String again = "  send AT+QFUPL=\"ca.pem\",${len(ca)},10 connect ca\n";
        String text = UPLOAD + again + "}\n";
        assertEquals(UPLOAD + "  send AT+QFDEL=\"ca.pem\"\n" + again + "}\n", fixed(text, IssueCodes.FILE_EXISTS));
    }

    @Test
    void theUploadsByteCountIsCorrected() {
        String text = "payload ca = \"-----BEGIN CERTIFICATE-----\\r\\n\"\nsend AT+QFUPL=\"ca.pem\",27 connect ca\n";
        assertEquals(text.replace(",27 ", ",29 "), fixed(text, IssueCodes.LENGTH_MISMATCH));
    }
}
