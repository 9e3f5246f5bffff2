package io.atflow.lang.ide.codeactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.SignMethod;
import io.atflow.lang.ide.testing.IdeTestLanguage;
import io.atflow.lang.validation.IssueCodes;

/** Quick fixes: each one applied to the text it fixes, and the result validated again. */
class QuickFixesTest {
    static final String METER = """
            device meter {
              productKey "i2uqc2dloOl"
              deviceName "device001"
              deviceSecret secret("i2uqc2dloOl/device001")
            }
            """;
    static final String NOTE_PASSWORD = "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db";
    static final String NOTE_CLIENT = "i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|";

    @AfterEach
    void noteSecrets() {
        IdeTestLanguage.secrets(IdeTestLanguage.NOTE_SECRETS);
    }

    static Issue issue(XtextResource r, String code) {
        List<Issue> issues = IdeTestLanguage.INJECTOR.getInstance(IResourceValidator.class).validate(r, CheckMode.ALL,
                CancelIndicator.NullImpl);
        return issues.stream().filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + issues));
    }

    static List<Fix> fixes(String text, String code) {
        XtextResource r = IdeTestLanguage.parse(text);
        Issue i = issue(r, code);
        return IdeTestLanguage.INJECTOR.getInstance(QuickFixes.class).fixes(r, code, i.getOffset(), i.getLength());
    }

    static String apply(String text, Fix fix) {
        StringBuilder b = new StringBuilder(text);
        fix.edits().stream().sorted((a, c) -> c.offset() - a.offset())
                .forEach(e -> b.replace(e.offset(), e.offset() + e.length(), e.text()));
        return b.toString();
    }

    static List<String> codesAfter(String text) {
        return IdeTestLanguage.INJECTOR.getInstance(IResourceValidator.class)
                .validate(IdeTestLanguage.parse(text), CheckMode.ALL, CancelIndicator.NullImpl).stream()
                .map(Issue::getCode).toList();
    }

    @Test
    void aHandlerBelowTheStepsMovesAboveTheFirstStepAndItsComment() {
        String text = """
                profile ec2x

                // bring the link up
                step "open" {
                  send AT
                }

                step "close" {
                  send AT
                }

                on +QMTSTAT: 0,{err} fail "MQTT link lost: ${err}"
                """;
        List<Fix> fixes = fixes(text, IssueCodes.HANDLER_AFTER_STEPS);
        assertEquals(List.of("Move the handler above the first step"), fixes.stream().map(Fix::title).toList());
        assertEquals("Moves on +QMTSTAT: 0,{err} fail \"MQTT link lost: ${err}\" above the first step, so that it guards"
                + " every step.", fixes.get(0).data().get(Fix.DESCRIPTION));
        String fixed = apply(text, fixes.get(0));
        assertEquals("""
                profile ec2x

                on +QMTSTAT: 0,{err} fail "MQTT link lost: ${err}"

                // bring the link up
                step "open" {
                  send AT
                }

                step "close" {
                  send AT
                }
                """, fixed);
        assertTrue(!codesAfter(fixed).contains(IssueCodes.HANDLER_AFTER_STEPS), fixed);
    }

    @Test
    void staleNotePasswordIsReplacedWithTheApplicationNoteVector() {
        String text = METER + "send AT+QMTCONN=0,\"" + NOTE_CLIENT + "\",\"device001&i2uqc2dloOl\",\"0309b31761c30d24\"\n";
        List<Fix> fixes = fixes(text, IssueCodes.PASSWORD_MISMATCH);
        assertEquals(1, fixes.size());
        String fixed = apply(text, fixes.get(0));
        assertTrue(fixed.contains(",\"" + NOTE_PASSWORD + "\"\n"), fixed);
        assertEquals("Compute HMAC password: replace with the hmacsha256 signature of meter", fixes.get(0).title());
        assertTrue(!codesAfter(fixed).contains(IssueCodes.PASSWORD_MISMATCH));
    }

    @Test
    void missingPasswordIsInserted() {
        String text = METER + "send AT+QMTCONN=0,\"" + NOTE_CLIENT + "\",\"device001&i2uqc2dloOl\"\n";
        String fixed = apply(text, fixes(text, IssueCodes.PASSWORD_MISSING).get(0));
        assertTrue(fixed.endsWith("\"device001&i2uqc2dloOl\",\"" + NOTE_PASSWORD + "\"\n"), fixed);
    }

    @ParameterizedTest
    @CsvSource({ "hmacmd5,", "hmacsha1,", "hmacsha256,", "hmacmd5,1700000000000", "hmacsha1,1700000000000" })
    void everySignMethodWithAndWithoutTimestamp(String method, String timestamp) {
        String expected = new DeviceSecretLogin(new DeviceIdentity("i2uqc2dloOl", "device001"),
                IdeTestLanguage.NOTE_SECRETS.get("i2uqc2dloOl/device001")).clientId("c1")
                .signMethod(SignMethod.parse(method)).timestamp(timestamp).build().password();
        String client = "c1|securemode=2,signmethod=" + method + (timestamp == null ? "" : ",timestamp=" + timestamp) + "|";
        String text = METER + "send AT+QMTCONN=0,\"" + client + "\",\"device001&i2uqc2dloOl\",\"00\"\n";
        assertTrue(apply(text, fixes(text, IssueCodes.PASSWORD_MISMATCH).get(0)).contains("\"" + expected + "\""));
    }

    @Test
    void productSecretRegisterAndRegnwl() {
        IdeTestLanguage.secrets(Map.of("i2uqZnX9tZK", "TestProductSecret123"));
        String text = "product p { productKey \"i2uqZnX9tZK\" productSecret secret(\"i2uqZnX9tZK\") }\n"
                + "send AT+QMTCONN=0,\"864430010001091|securemode=2,authType=register,random=123,signmethod=hmacsha1|\","
                + "\"meter001&i2uqZnX9tZK\",\"00\"\n";
        assertTrue(apply(text, fixes(text, IssueCodes.PASSWORD_MISMATCH).get(0))
                .contains("\"a29a7c87a848fdccc696c7fc3d57ba0a436965f0\""));
        String regnwl = text.replace("securemode=2,authType=register", "securemode=-2,authType=regnwl");
        assertTrue(apply(regnwl, fixes(regnwl, IssueCodes.PASSWORD_MISMATCH).get(0))
                .contains("\"a29a7c87a848fdccc696c7fc3d57ba0a436965f0\""), "regnwl signs the same content");
    }

    @Test
    void httpsSignIsComputed() {
        IdeTestLanguage.secrets(Map.of("i2uqzmkZsLG", "TestProductSecret123"));
        String text = "product p { productKey \"i2uqzmkZsLG\" productSecret secret(\"i2uqzmkZsLG\") }\n"
                + "payload form = \"productKey=i2uqzmkZsLG&deviceName=device001&random=003&sign=0&signMethod=hmacsha1\"\n"
                + "send AT+QHTTPPOST=${len(form)},60,60 connect form\n";
        String fixed = apply(text, fixes(text, IssueCodes.SIGN_MISMATCH).get(0));
        assertTrue(fixed.contains("&sign=1454378dd22b9bb0a4fea944e52fdc1bd9455984&"), fixed);
        assertTrue(!codesAfter(fixed).contains(IssueCodes.SIGN_MISMATCH));
    }

    @Test
    void literalSecretBecomesAReferenceAndTheValueTravelsInTheData() {
        String text = "device m { productKey \"i2uqc2dloOl\" deviceName \"device001\" deviceSecret \"c4fa40df9c8078073d75a26be2bc8f58\" }\n";
        Fix fix = fixes(text, IssueCodes.LITERAL_SECRET).get(0);
        assertEquals("device m { productKey \"i2uqc2dloOl\" deviceName \"device001\" deviceSecret secret(\"i2uqc2dloOl/device001\") }\n",
                apply(text, fix));
        assertEquals(Map.of(Fix.SECRET_NAME, "i2uqc2dloOl/device001", Fix.SECRET_VALUE, "c4fa40df9c8078073d75a26be2bc8f58"),
                fix.data());
    }

    @Test
    void literalSecretInAliauth() {
        String text = "send AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"c4fa40df9c8078073d75a26be2bc8f58\"\n";
        String fixed = apply(text, fixes(text, IssueCodes.LITERAL_SECRET).get(0));
        assertEquals("send AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"${secret(\"i2uqc2dloOl/device001\")}\"\n", fixed);
        assertTrue(codesAfter(fixed).stream().noneMatch(c -> c.startsWith("atflow.") && !c.equals(IssueCodes.UNKNOWN_URC)),
                () -> codesAfter(fixed).toString());
    }

    @Test
    void didYouMeanCommandAndName() {
        String text = "send AT+QMTOPN=0,\"h\",1883\n";
        assertEquals("send AT+QMTOPEN=0,\"h\",1883\n", apply(text, fixes(text, IssueCodes.UNKNOWN_COMMAND).get(0)));
        String names = "var apn = \"x\"\nsend AT+QICSGP=1,3,\"${apm}\",\"\",\"\",0\n";
        assertEquals("var apn = \"x\"\nsend AT+QICSGP=1,3,\"${apn}\",\"\",\"\",0\n", apply(names, fixes(names, IssueCodes.UNKNOWN_NAME).get(0)));
    }

    @Test
    void lengthIsCorrected() {
        String text = "payload p = \"温度\"\nsend AT+QMTPUBEX=0,0,0,0,\"/t\",2 prompt p\n";
        assertEquals("payload p = \"温度\"\nsend AT+QMTPUBEX=0,0,0,0,\"/t\",6 prompt p\n",
                apply(text, fixes(text, IssueCodes.LENGTH_MISMATCH).get(0)));
    }
}
