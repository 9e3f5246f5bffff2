package io.atflow.lang.validation;

import static io.atflow.lang.validation.IssueAssert.METER;
import static io.atflow.lang.validation.IssueAssert.first;
import static io.atflow.lang.validation.IssueAssert.has;
import static io.atflow.lang.validation.IssueAssert.lacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.testing.TestLanguage;

/** Aliyun rules on AT+QMTCONN, topics and the HTTPS registration form. */
class AliyunValidationTest {
    /** The application note's vector (§4.1.2) for the METER device and {@link #CLIENT}. */
    static final String PASSWORD = "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db";
    static final String CLIENT = "i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|";

    static String conn(String clientId, String user, String password) {
        return METER + "send AT+QMTCONN=0,\"" + clientId + "\",\"" + user + "\",\"" + password + "\"\n";
    }

    @Test
    void theApplicationNoteVectorIsAccepted() {
        for (String code : new String[] { IssueCodes.PASSWORD_MISMATCH, IssueCodes.CLIENT_ID_FRAMING,
                IssueCodes.USERNAME_MISMATCH, IssueCodes.CREDENTIAL_UNVERIFIED }) {
            lacks(conn(CLIENT, "device001&i2uqc2dloOl", PASSWORD), code);
        }
    }

    @Test
    void aStalePasswordIsAnErrorOnThePassword() {
        String stale = conn(CLIENT.replace("1680937625134", "1680937625135"), "device001&i2uqc2dloOl", PASSWORD);
        Diagnostic d = first(stale, IssueCodes.PASSWORD_MISMATCH);
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals(6, d.line());
        assertEquals(stale.lines().toList().get(5).indexOf("\"" + PASSWORD) + 1, d.column());
        assertFalse(d.message().contains(PASSWORD.substring(0, 8)), "the expected password is not printed");
    }

    @Test
    void anUnresolvableSecretIsReportedAsUnverified() {
        TestLanguage noSecrets = TestLanguage.withSecrets(Map.of());
        assertEquals(IssueCodes.CREDENTIAL_UNVERIFIED, noSecrets.diagnostics(conn(CLIENT, "device001&i2uqc2dloOl", "00"))
                .stream().filter(d -> d.code().startsWith("atflow.credential")).findFirst().orElseThrow().code());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "atflow.client-id-framing | i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256",
        "atflow.client-id-framing | i2uqc2dloOl.device001",
        "atflow.client-id-too-long | 01234567890123456789012345678901234567890123456789012345678901234|securemode=2,signmethod=hmacsha256|",
        "atflow.securemode-invalid | i2uqc2dloOl.device001|securemode=4,signmethod=hmacsha256|",
        "atflow.securemode-invalid | i2uqc2dloOl.device001|securemode=2,authType=regnwl,random=1,signmethod=hmacsha1|",
        "atflow.auth-type-invalid | i2uqc2dloOl.device001|securemode=2,authType=registr,random=1,signmethod=hmacsha1|",
        "atflow.sign-method-invalid | i2uqc2dloOl.device001|securemode=2,signmethod=sha256|",
        "atflow.plain-tcp | i2uqc2dloOl.device001|securemode=3,signmethod=hmacsha256|",
        // the gateway refused these and the validator accepted them; both follow ClientIdRules now
        "atflow.client-id-framing | 864430010001091|securemode=2,authType=register,signmethod=hmacsha1|",
        "atflow.client-id-framing | i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=x1|" })
    void clientIdRules(String code, String clientId) {
        has(conn(clientId, "device001&i2uqc2dloOl", PASSWORD), code);
    }

    @Test
    void userNameMustBeDeviceAndProduct() {
        has(conn(CLIENT, "i2uqc2dloOl&device001x", PASSWORD), IssueCodes.USERNAME_MISMATCH);
        has(conn(CLIENT, "device001", PASSWORD), IssueCodes.USERNAME_MISMATCH);
        has(METER + "send AT+QMTCONN=0,\"" + CLIENT + "\",\"device001&i2uqc2dloOl\"\n", IssueCodes.PASSWORD_MISSING);
    }

    @Test
    void clientIdAndUserNameMustNameTheSameDevice() {
        has(conn(CLIENT, "device002&i2uqc2dloOl", PASSWORD), IssueCodes.USERNAME_MISMATCH);
        lacks(conn(CLIENT, "device001&i2uqc2dloOl", PASSWORD), IssueCodes.USERNAME_MISMATCH);
    }

    /**
     * a29a7c87...: {@code python3 -c 'import hmac,hashlib; print(hmac.new(b"TestProductSecret123",
     * b"deviceNamemeter001productKeyi2uqZnX9tZKrandom123", hashlib.sha1).hexdigest())'}.
     */
    @Test
    void productSecretLoginsAreCheckedToo() {
        TestLanguage lang = TestLanguage.withSecrets(Map.of("i2uqZnX9tZK", "TestProductSecret123"));
        String product = "product p { productKey \"i2uqZnX9tZK\" productSecret secret(\"i2uqZnX9tZK\") }\n";
        String client = "864430010001091|securemode=2,authType=register,random=123,signmethod=hmacsha1|";
        String good = product + "send AT+QMTCONN=0,\"" + client + "\",\"meter001&i2uqZnX9tZK\",\"a29a7c87a848fdccc696c7fc3d57ba0a436965f0\"\n";
        lacks(lang, good, IssueCodes.PASSWORD_MISMATCH);
        assertEquals(true, lang.codes(good.replace("a29a7c87", "a29a7c88")).contains(IssueCodes.PASSWORD_MISMATCH));
    }

    /**
     * 1454378d...: {@code python3 -c 'import hmac,hashlib; print(hmac.new(b"TestProductSecret123",
     * b"deviceNamedevice001productKeyi2uqzmkZsLGrandom003", hashlib.sha1).hexdigest())'}; 277969e6... is any other.
     */
    @Test
    void httpsSignIsChecked() {
        TestLanguage lang = TestLanguage.withSecrets(Map.of("i2uqzmkZsLG", "TestProductSecret123"));
        String script = "product p { productKey \"i2uqzmkZsLG\" productSecret secret(\"i2uqzmkZsLG\") }\n"
                + "payload form = \"productKey=i2uqzmkZsLG&deviceName=device001&random=003&sign=SIGN&signMethod=hmacsha1\"\n"
                + "send AT+QHTTPPOST=${len(form)},60,60 connect form\n";
        lacks(lang, script.replace("SIGN", "1454378dd22b9bb0a4fea944e52fdc1bd9455984"), IssueCodes.SIGN_MISMATCH);
        assertEquals(true, lang.codes(script.replace("SIGN", "277969e6c596f0d127fd1d3bf3229f396a3ddff6")).contains(IssueCodes.SIGN_MISMATCH));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "atflow.topic-shape | sys/i2uqc2dloOl/device001/thing/event/property/post",
        "atflow.topic-shape | /sys/i2uqc2dloOl//thing",
        "atflow.topic-shape | /sys/i2uqc2dloOl",
        "atflow.topic-ownership | /sys/i2uqc2dloOl/device002/thing/event/property/post",
        "atflow.topic-ownership | /i2uqOther/device001/user/update" })
    void topicRules(String code, String topic) {
        String aliauth = METER + "send AT+QMTCFG=\"aliauth\",0,\"${meter.productKey}\",\"${meter.deviceName}\",\"${meter.deviceSecret}\"\n";
        has(aliauth + "send AT+QMTPUBEX=0,0,0,0,\"" + topic + "\",2 prompt \"hi\"\n", code);
        lacks(aliauth + "send AT+QMTPUBEX=0,0,0,0,\"/sys/i2uqc2dloOl/device001/thing/event/property/post\",2 prompt \"hi\"\n", code);
    }

    @Test
    void wildcardsAreForSubscriptionsOnly() {
        has("send AT+QMTPUBEX=0,0,0,0,\"/sys/+/x/y\",2 prompt \"hi\"\n", IssueCodes.TOPIC_SHAPE);
        lacks("send AT+QMTSUB=0,1,\"/sys/a/b/#\",0\n", IssueCodes.TOPIC_SHAPE);
    }
}
