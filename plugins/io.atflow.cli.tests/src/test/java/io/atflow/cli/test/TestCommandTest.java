package io.atflow.cli.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code atflow test} end to end on simulated modules: the JUnit XML valid against the schema Jenkins' xUnit plugin
 * validates with, with steps, failures (file:line, expected and received lines), flaky steps, module facts and the
 * masked transcript; TAP 14; exit codes.
 */
class TestCommandTest {
    @TempDir
    static Path dir;
    static Cli.Result run;
    static Document junit;
    static String tap;

    /** One run of four scripts: passing, failing, flaky, with a syntax error. */
    @BeforeAll
    static void runOnce() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("a-pass.atflow"), """
                step "identify" {
                  send ATI expect /Revision: (?<rev>.*)/
                }
                step "signal" {
                  send AT+CSQ expect +CSQ: {rssi},{ber}
                }
                """);
        // the simulated module has a SIM that needs no PIN: AT+CPIN? answers +CPIN: READY (3GPP TS 27.007 8.3)
        Files.writeString(scripts.resolve("b-fail.atflow"), """
                step "sim" {
                  send AT+CPIN? expect /\\+CPIN: SIM PIN/
                }
                step "never" {
                  send AT
                }
                """);
        Files.writeString(scripts.resolve("c-flaky.atflow"), """
                var tries = "0"
                step "flaky" retry 2 {
                  send AT
                  if tries == "0" {
                    set tries = "1"
                    fail "first try fails"
                  }
                }
                """);
        Files.writeString(scripts.resolve("d-broken.atflow"), "step \"x\" {\n  send ATI expect Quectel\n}\n");
        run = Cli.test(scripts.toString(), "-j", "2", "--junit", dir.resolve("out/junit.xml").toString(), "--tap",
                dir.resolve("out/results.tap").toString());
        junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("out/junit.xml").toFile());
        tap = Files.readString(dir.resolve("out/results.tap"));
    }

    @Test
    void exitCodeIsOneWhenAnyScriptFailedAndTheConsoleSaysWhich() {
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("PASSED " + dir.resolve("scripts/a-pass.atflow") + " on sim-"), run::out);
        assertTrue(run.out().contains("FAILED " + dir.resolve("scripts/b-fail.atflow") + " on sim-"), run::out);
        assertTrue(run.out().contains("PASSED " + dir.resolve("scripts/c-flaky.atflow")), run::out);
        assertTrue(run.out().contains("FAILED " + dir.resolve("scripts/d-broken.atflow") + ": the script has 1 error"),
                run::out);
        String last = run.out().strip().lines().reduce((x, y) -> y).orElse("");
        assertTrue(last.matches("4 scripts: 2 passed, 2 failed \\((\\d+ ms|[\\d.]+ s)\\)"), last);
        assertEquals("", run.err());
    }

    @Test
    void junitXmlIsValidAgainstTheJenkinsSchema() throws Exception {
        try (InputStream xsd = getClass().getResourceAsStream("junit-10.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd))
                    .newValidator().validate(new StreamSource(dir.resolve("out/junit.xml").toFile()));
        }
    }

    @Test
    void oneSuitePerScriptAndModuleWithATestCasePerStep() {
        List<Element> suites = elements(junit.getDocumentElement(), "testsuite");
        assertEquals(4, suites.size());
        Element a = suites.get(0);
        assertTrue(a.getAttribute("name").matches(".*a-pass\\.atflow on sim-[12]"), a.getAttribute("name"));
        assertEquals(a.getAttribute("name").substring(a.getAttribute("name").lastIndexOf(' ') + 1),
                a.getAttribute("hostname"));
        List<Element> cases = elements(a, "testcase");
        assertEquals(List.of("identify", "signal"), cases.stream().map(c -> c.getAttribute("name")).toList());
        assertTrue(cases.get(0).getAttribute("time").matches("\\d+\\.\\d{3}"));
        assertTrue(cases.get(0).getAttribute("classname").endsWith("scripts.a-pass"), cases.get(0)
                .getAttribute("classname"));
        assertEquals("2", a.getAttribute("tests"));
        assertEquals("0", a.getAttribute("failures"));
        assertEquals("5", junit.getDocumentElement().getAttribute("tests"), "2 + 1 (the run ends at the failure) + 1 + 1");
        assertEquals("1", junit.getDocumentElement().getAttribute("failures"));
        assertEquals("1", junit.getDocumentElement().getAttribute("errors"));
    }

    @Test
    void moduleFactsAreProperties() {
        Element a = elements(junit.getDocumentElement(), "testsuite").get(0);
        List<Element> props = elements(elements(a, "properties").get(0), "property");
        // an EC25 answers ATI with Quectel, EC25, Revision: EC25EFAR06A11M4G (community.sixfab.com, see the sim's
        // ModuleProfile.EC25), and AT+CGMR with the revision alone
        assertEquals("Quectel / EC25 / Revision: EC25EFAR06A11M4G", value(props, "ATI"));
        assertEquals("EC25EFAR06A11M4G", value(props, "AT+CGMR"));
        assertEquals("sim", value(props, "module.port"));
        assertEquals("ec25", value(props, "module.profile"));
    }

    @Test
    void aFailureNamesFileLineExpectedAndReceived() {
        Element b = elements(junit.getDocumentElement(), "testsuite").get(1);
        List<Element> cases = elements(b, "testcase");
        assertEquals(List.of("sim"), cases.stream().map(c -> c.getAttribute("name")).toList(),
                "the run ends at the failed step");
        Element failure = elements(cases.get(0), "failure").get(0);
        String where = dir.resolve("scripts/b-fail.atflow") + ":2";
        assertTrue(failure.getAttribute("message").startsWith(where + ": expected /\\+CPIN: SIM PIN/"),
                failure.getAttribute("message"));
        assertEquals("FAILED", failure.getAttribute("type"));
        String text = failure.getTextContent();
        assertTrue(text.contains("sent: AT+CPIN?\n"), text);
        assertTrue(text.contains("received:\n  +CPIN: READY\n  OK\n"), text);
        assertEquals("1", b.getAttribute("failures"));
    }

    @Test
    void aStepThatPassedOnARetryIsFlakyAsSurefireReportsIt() {
        Element c = elements(junit.getDocumentElement(), "testsuite").get(2);
        Element flaky = elements(c, "testcase").get(0);
        assertEquals(List.of(), elements(flaky, "failure"), "a flaky step passed");
        List<Element> attempts = elements(flaky, "flakyFailure");
        assertEquals(1, attempts.size());
        assertEquals(dir.resolve("scripts/c-flaky.atflow") + ":6: first try fails", attempts.get(0)
                .getAttribute("message"));
        assertEquals("0", c.getAttribute("failures"));
    }

    @Test
    void aScriptWithErrorsIsAnErrorWithItsDiagnostic() {
        Element d = elements(junit.getDocumentElement(), "testsuite").get(3);
        assertEquals(dir.resolve("scripts/d-broken.atflow").toString(), d.getAttribute("name"));
        Element error = elements(elements(d, "testcase").get(0), "error").get(0);
        assertTrue(error.getAttribute("message").contains(dir.resolve("scripts/d-broken.atflow") + ":2:"),
                error.getAttribute("message"));
        assertTrue(elements(d, "system-out").get(0).getTextContent().contains("write this line as /Quectel/"));
    }

    @Test
    void systemOutIsTheMaskedTranscript() {
        Element a = elements(junit.getDocumentElement(), "testsuite").get(0);
        String out = elements(a, "system-out").get(0).getTextContent();
        assertTrue(out.startsWith("#ATFLOW-TRANSCRIPT 1 "), out);
        assertTrue(out.contains(" TX ATI\\r\n"), out);
        assertTrue(out.contains(" RES AT+CSQ answered OK\n"), out);
    }

    @Test
    void theDeviceSecretNeverReachesTheReports() throws IOException {
        Path xml = dir.resolve("secret/junit.xml");
        Path tapFile = dir.resolve("secret/results.tap");
        Cli.Result r = Cli.test("../../examples/7-property-post.atflow", "--junit", xml.toString(), "--tap",
                tapFile.toString());
        assertEquals(0, r.code(), r::toString);
        String report = Files.readString(xml);
        // the application note's device secret of device001, which the simulator's platform knows
        assertFalse(report.contains("c4fa40df9c8078073d75a26be2bc8f58"), "masked");
        assertTrue(report.contains("TX AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"****\"\\r"), report);
        assertFalse(Files.readString(tapFile).contains("c4fa40df9c8078073d75a26be2bc8f58"));
        assertFalse(r.out().contains("c4fa40df9c8078073d75a26be2bc8f58"));
    }

    @Test
    void tapFollowsVersion14() {
        TapRules.check(tap);
        List<String> lines = tap.lines().toList();
        assertEquals("1..4", lines.get(1));
        assertTrue(lines.contains("ok 1 - " + dir.resolve("scripts/a-pass.atflow") + " on "
                + lines.get(2).substring(lines.get(2).lastIndexOf(' ') + 1)), tap);
        assertTrue(tap.contains("    not ok 1 - sim\n      ---\n      message: \"" + dir.resolve("scripts/b-fail.atflow")
                + ":2: expected /\\\\+CPIN: SIM PIN/"), tap);
        assertTrue(tap.contains("      sent: \"AT+CPIN?\"\n      received:\n        - \"+CPIN: READY\"\n"), tap);
        assertTrue(tap.contains("    ok 1 - flaky\n      ---\n      flaky: true\n"), tap);
        assertFalse(tap.contains("ok 5"), tap);
    }

    @Test
    void allPassedIsExitZeroAndUsageErrorsAreTwo() throws IOException {
        Path one = Files.writeString(dir.resolve("one.atflow"), "send AT\n");
        Cli.Result ok = Cli.test(one.toString());
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("1 script: 1 passed, 0 failed"), ok::out);
        Cli.Result both = Cli.test(one.toString(), "--ports", "sim", "--lab", "lab.toml");
        assertEquals(2, both.code());
        assertEquals("atflow test: give --ports or --lab, not both\n", both.err());
        Cli.Result jobs = Cli.test(one.toString(), "-j", "0");
        assertEquals(2, jobs.code());
        assertTrue(jobs.err().contains("-j 0 is not a number of scripts to run at once"), jobs::err);
        Cli.Result missing = Cli.test(dir.resolve("nothing-here").toString());
        assertEquals(2, missing.code());
        assertEquals("atflow test: no such file or folder: " + dir.resolve("nothing-here") + "\n", missing.err());
    }

    static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String value(List<Element> props, String name) {
        return props.stream().filter(p -> p.getAttribute("name").equals(name)).map(p -> p.getAttribute("value"))
                .findFirst().orElse(null);
    }
}
