package io.atflow.lang.ide.codeactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    /** The application note's vector (§4.1.2) for {@link #METER} and {@link #NOTE_CLIENT}. */
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

    static List<QuickFix> fixes(String text, String code) {
        XtextResource r = IdeTestLanguage.parse(text);
        Issue i = issue(r, code);
        return IdeTestLanguage.INJECTOR.getInstance(QuickFixes.class).fixes(r, code, i.getOffset(), i.getLength());
    }

    static String apply(String text, QuickFix fix) {
        StringBuilder b = new StringBuilder(text);
        fix.edits().stream().sorted((a, c) -> c.offset() - a.offset())
                .forEach(e -> b.replace(e.offset(), e.offset() + e.length(), e.text()));
        return b.toString();
    }

    /**
     * The codes of the validation issues of {@code fixed}, which must parse without errors: a text that stops parsing
     * lacks every validation code, so an absence would prove nothing.
     */
    static List<String> codesOfParsing(String fixed) {
        XtextResource r = IdeTestLanguage.parse(fixed);
        List<Issue> issues = IdeTestLanguage.INJECTOR.getInstance(IResourceValidator.class).validate(r, CheckMode.ALL,
                CancelIndicator.NullImpl);
        assertTrue(r.getErrors().isEmpty(), () -> "the fixed text does not parse: " + r.getErrors().stream()
                .map(e -> e.getLine() + ":" + e.getColumn() + ": " + e.getMessage()).toList() + "\n" + fixed);
        return issues.stream().map(Issue::getCode).toList();
    }

    /** The fixed text parses and no longer has {@code code}. */
    static void assertFixed(String fixed, String code) {
        assertFalse(codesOfParsing(fixed).contains(code), () -> code + " is still reported for:\n" + fixed);
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
        List<QuickFix> fixes = fixes(text, IssueCodes.HANDLER_AFTER_STEPS);
        assertEquals(List.of("Move the handler above the first step"), fixes.stream().map(QuickFix::title).toList());
        assertEquals("Moves on +QMTSTAT: 0,{err} fail \"MQTT link lost: ${err}\" above the first step, so that it guards"
                + " every step.", fixes.get(0).data().get(QuickFix.DESCRIPTION));
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
        assertFixed(fixed, IssueCodes.HANDLER_AFTER_STEPS);
    }

    @Test
    void staleNotePasswordIsReplacedWithTheApplicationNoteVector() {
        String text = METER + "send AT+QMTCONN=0,\"" + NOTE_CLIENT + "\",\"device001&i2uqc2dloOl\",\"0309b31761c30d24\"\n";
        List<QuickFix> fixes = fixes(text, IssueCodes.PASSWORD_MISMATCH);
        assertEquals(1, fixes.size());
        String fixed = apply(text, fixes.get(0));
        assertTrue(fixed.contains(",\"" + NOTE_PASSWORD + "\"\n"), fixed);
        assertEquals("Compute HMAC password: replace with the hmacsha256 signature of meter", fixes.get(0).title());
        assertFixed(fixed, IssueCodes.PASSWORD_MISMATCH);
    }

    @Test
    void missingPasswordIsInserted() {
        String text = METER + "send AT+QMTCONN=0,\"" + NOTE_CLIENT + "\",\"device001&i2uqc2dloOl\"\n";
        String fixed = apply(text, fixes(text, IssueCodes.PASSWORD_MISSING).get(0));
        assertTrue(fixed.endsWith("\"device001&i2uqc2dloOl\",\"" + NOTE_PASSWORD + "\"\n"), fixed);
    }

    /**
     * Expected passwords computed outside the project with Python's hmac module, key = the note's DeviceSecret,
     * content = the parameters in alphabetical order without separators, e.g. for hmacsha1 with a timestamp:
     * {@code python3 -c 'import hmac,hashlib; print(hmac.new(b"c4fa40df9c8078073d75a26be2bc8f58",
     * b"clientIdc1deviceNamedevice001productKeyi2uqc2dloOltimestamp1700000000000", hashlib.sha1).hexdigest())'}
     * (without a timestamp the content ends at {@code productKeyi2uqc2dloOl}; hashlib.md5 and hashlib.sha256 for the
     * other methods).
     */
    @ParameterizedTest
    @CsvSource({
        "hmacmd5,, 28adca231cee3e97fa736f41147890fa",
        "hmacsha1,, 7ca9c5420d0f5409fe691746b99f1103078e9d63",
        "hmacsha256,, e032a01338f8cc573e90b1e259ad346dee98b03d25628b2b4d43920784c3ae99",
        "hmacmd5, 1700000000000, 7f05bd7af042cb5aed2f8c36e9a1d19c",
        "hmacsha1, 1700000000000, 7c34aeae09966c30f5d532c10e344213c2b25dff",
        "hmacsha256, 1700000000000, 982dfaf3039dee23fbd22af5071ad82c0691aa55e2403aed1fbd463b6c234855" })
    void everySignMethodWithAndWithoutTimestamp(String method, String timestamp, String expected) {
        String client = "c1|securemode=2,signmethod=" + method + (timestamp == null ? "" : ",timestamp=" + timestamp) + "|";
        String text = METER + "send AT+QMTCONN=0,\"" + client + "\",\"device001&i2uqc2dloOl\",\"00\"\n";
        String fixed = apply(text, fixes(text, IssueCodes.PASSWORD_MISMATCH).get(0));
        assertTrue(fixed.endsWith(",\"" + expected + "\"\n"), fixed);
    }

    /**
     * a29a7c87...: {@code python3 -c 'import hmac,hashlib; print(hmac.new(b"TestProductSecret123",
     * b"deviceNamemeter001productKeyi2uqZnX9tZKrandom123", hashlib.sha1).hexdigest())'} (register and regnwl sign
     * the same content).
     */
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

    /**
     * 1454378d...: {@code python3 -c 'import hmac,hashlib; print(hmac.new(b"TestProductSecret123",
     * b"deviceNamedevice001productKeyi2uqzmkZsLGrandom003", hashlib.sha1).hexdigest())'}.
     */
    @Test
    void httpsSignIsComputed() {
        IdeTestLanguage.secrets(Map.of("i2uqzmkZsLG", "TestProductSecret123"));
        String text = "product p { productKey \"i2uqzmkZsLG\" productSecret secret(\"i2uqzmkZsLG\") }\n"
                + "payload form = \"productKey=i2uqzmkZsLG&deviceName=device001&random=003&sign=0&signMethod=hmacsha1\"\n"
                + "send AT+QHTTPPOST=${len(form)},60,60 connect form\n";
        String fixed = apply(text, fixes(text, IssueCodes.SIGN_MISMATCH).get(0));
        assertTrue(fixed.contains("&sign=1454378dd22b9bb0a4fea944e52fdc1bd9455984&"), fixed);
        assertFixed(fixed, IssueCodes.SIGN_MISMATCH);
    }

    @Test
    void literalSecretBecomesAReferenceAndTheValueTravelsInTheData() {
        String text = "device m { productKey \"i2uqc2dloOl\" deviceName \"device001\" deviceSecret \"c4fa40df9c8078073d75a26be2bc8f58\" }\n";
        QuickFix fix = fixes(text, IssueCodes.LITERAL_SECRET).get(0);
        assertEquals("device m { productKey \"i2uqc2dloOl\" deviceName \"device001\" deviceSecret secret(\"i2uqc2dloOl/device001\") }\n",
                apply(text, fix));
        assertEquals(Map.of(QuickFix.SECRET_NAME, "i2uqc2dloOl/device001", QuickFix.SECRET_VALUE, "c4fa40df9c8078073d75a26be2bc8f58"),
                fix.data());
    }

    @Test
    void literalSecretInAliauth() {
        String text = "send AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"c4fa40df9c8078073d75a26be2bc8f58\"\n";
        String fixed = apply(text, fixes(text, IssueCodes.LITERAL_SECRET).get(0));
        assertEquals("send AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"${secret(\"i2uqc2dloOl/device001\")}\"\n", fixed);
        List<String> codes = codesOfParsing(fixed);
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("atflow.") && !c.equals(IssueCodes.UNKNOWN_URC)),
                codes::toString);
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
