package io.atflow.lang.validation;

import static io.atflow.lang.validation.IssueAssert.first;
import static io.atflow.lang.validation.IssueAssert.has;
import static io.atflow.lang.validation.IssueAssert.lacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.ParamSpec;
import io.atflow.lang.catalog.VariantSpec;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.model.AtCommandText;

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
        // the TCP/IP Application Notes of EC2x and BG95: contextID 1-16, connectID 0-11, read_length 0-1500
        "atflow.wrong-arity | send AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\" | send AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",7",
        "atflow.wrong-arity | send AT+QICLOSE=0,10,1 | send AT+QICLOSE=0,10",
        "atflow.out-of-range | send AT+QIOPEN=1,12,\"TCP\",\"h\",7 | send AT+QIOPEN=1,11,\"TCP\",\"h\",7",
        "atflow.out-of-range | send AT+QIOPEN=1,0,\"TCPS\",\"h\",7 | send AT+QIOPEN=1,0,\"UDP\",\"h\",7",
        "atflow.out-of-range | send AT+QIRD=0,1501 | send AT+QIRD=0,1500",
        "atflow.out-of-range | send AT+QPING=1,\"h\",4,11 | send AT+QPING=1,\"h\",4,10",
        "atflow.bad-quoting | send AT+QIOPEN=1,0,TCP,\"h\",7 | send AT+QIOPEN=1,0,\"TCP\",\"h\",7",
        "atflow.wrong-type | send AT+QPING=1,\"h\",x | send AT+QPING=1,\"h\",4",
        "atflow.unsupported-form | send AT+QIGETERROR? | send AT+QIGETERROR",
        "atflow.unknown-variant | send AT+QCFG=\"urc/delays\",1 | send AT+QCFG=\"urc/delay\",1",
        "atflow.out-of-range | send AT+QCFG=\"apready\",1,0,50 | send AT+QCFG=\"apready\",1,0,500",
        "atflow.unknown-command | send AT+QCCIDD | send AT+QCCID",
        "atflow.not-in-profile | profile eg25g\\nsend AT+QCFG=\"iotopmode\",0 | profile bg96\\nsend AT+QCFG=\"iotopmode\",0",
        "atflow.not-in-profile | profile ec21\\nsend AT+QCFG=\"iotopmode\",0 | profile bg770a\\nsend AT+QCFG=\"iotopmode\",0",
        "atflow.unknown-command | send AT+QGMX | send AT+QGMR",
        "atflow.out-of-range | send AT+CMEE=3 | send AT+CMEE=2",
        // commands of the wider catalog (SSL, FILE, TCP/IP, power saving, GNSS application notes and AT manuals)
        "atflow.out-of-range | send AT+QSSLOPEN=1,6,4,\"h\",443 | send AT+QSSLOPEN=1,5,4,\"h\",443",
        "atflow.unsupported-form | send AT+QFDEL | send AT+QFDEL=\"*\"",
        "atflow.bad-quoting | send AT+QFUPL=cacert.pem,10 | send AT+QFUPL=\"cacert.pem\",10 connect \"0123456789\"",
        "atflow.unknown-variant | send AT+QICFG=\"dataformats\",0,1 | send AT+QICFG=\"dataformat\",0,1",
        "atflow.not-in-profile | send AT+QPSMS=1 | profile bg95\\nsend AT+QPSMS=1",
        "atflow.out-of-range | send AT+QFOPEN=\"a.txt\",3 | send AT+QFOPEN=\"a.txt\",2",
        "atflow.wrong-arity | send AT+QNTP=1 | send AT+QNTP=1,\"ntp.aliyun.com\"" })
    void issueAndItsFix(String code, String bad, String good) {
        has(bad.replace("\\n", "\n"), code);
        lacks(good.replace("\\n", "\n"), code);
    }

    /**
     * Every form of every catalog command, written with in-range values, passes the catalog's own checks, in each
     * family profile that has it.
     */
    @Test
    void everyCatalogFormValidates() {
        AtCatalog catalog = AtCatalog.standard();
        Set<String> syntax = Set.of(IssueCodes.UNKNOWN_COMMAND, IssueCodes.NOT_IN_PROFILE, IssueCodes.UNSUPPORTED_FORM,
                IssueCodes.UNKNOWN_VARIANT, IssueCodes.WRONG_ARITY, IssueCodes.BAD_QUOTING, IssueCodes.WRONG_TYPE,
                IssueCodes.OUT_OF_RANGE, IssueCodes.DATA_MISMATCH, IssueCodes.LENGTH_MISMATCH);
        int count = 0;
        for (String profile : List.of("ec2x", "bg95")) {
            StringBuilder script = new StringBuilder("profile " + profile + "\n");
            for (CommandSpec c : catalog.commands(profile)) {
                for (FormSpec f : c.forms().values()) {
                    if (f.variants().isEmpty()) {
                        script.append(line(c, f, c.name() + suffix(c, f), f.params())).append('\n');
                        count++;
                    }
                    for (VariantSpec v : f.variants().values()) {
                        if (catalog.available(v, profile)) {
                            script.append(line(c, f, c.name() + "=\"" + v.key() + "\"" + args(v.params(), ","),
                                    v.params())).append('\n');
                            count++;
                        }
                    }
                }
            }
            List<Diagnostic> issues = IssueAssert.lang().diagnostics(script.toString()).stream()
                    .filter(d -> syntax.contains(d.code())).toList();
            assertEquals(List.of(), issues.stream().map(Diagnostic::format).toList(), script::toString);
        }
        assertTrue(count > 400, "forms checked: " + count);
    }

    private static String suffix(CommandSpec c, FormSpec f) {
        boolean basic = !c.name().startsWith("AT+");
        return switch (f.form()) {
            case TEST -> "=?";
            case READ -> "?";
            case EXEC -> "";
            case WRITE -> (basic ? "" : "=") + args(f.params(), "");
        };
    }

    /** Each parameter at its lowest value: an integer's minimum, an enum's first value, the text x. */
    private static String args(List<ParamSpec> params, String lead) {
        StringBuilder b = new StringBuilder();
        for (ParamSpec p : params) {
            String v = switch (p.type()) {
                case INT -> Long.toString(p.min() != null ? p.min() : 0);
                case ENUM -> p.values().get(0);
                case STRING -> "x";
            };
            b.append(b.isEmpty() ? lead : ",").append(p.quoted() ? "\"" + v + "\"" : v);
        }
        return b.toString();
    }

    /** {@code send <command>} with the data the form asks for: as many bytes as it announces. */
    private static String line(CommandSpec c, FormSpec f, String command, List<ParamSpec> params) {
        AtCommandText cmd = AtCommandText.parse(command);
        int index = ResponseValidator.lengthIndex(params);
        int length = index >= 0 && cmd.arg(index) != null ? Integer.parseInt(cmd.arg(index).value()) : 1;
        String data = "\"" + "x".repeat(length) + "\"";
        return "send " + command + switch (f.dataFor(cmd)) {
            case NONE -> "";
            case PROMPT_CTRLZ -> " prompt " + data + " ctrlz";
            case PROMPT_LENGTH -> " prompt " + data;
            case CONNECT -> " connect " + data;
            case CONNECT_READ -> " receive body";
        };
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
