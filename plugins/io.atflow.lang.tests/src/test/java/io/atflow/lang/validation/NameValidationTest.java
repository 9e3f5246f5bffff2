package io.atflow.lang.validation;

import static io.atflow.lang.validation.IssueAssert.first;
import static io.atflow.lang.validation.IssueAssert.has;
import static io.atflow.lang.validation.IssueAssert.lacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.atflow.lang.load.Diagnostic;

/** Names, placeholders, identities, includes, profiles: each issue code with a failing and a passing script. */
class NameValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", value = {
        "atflow.unknown-name | var a = b | var b = 1\\nvar a = b",
        "atflow.unknown-name | send AT+QICSGP=1,3,\"${apm}\",\"\",\"\",0 | var apn = \"x\"\\nsend AT+QICSGP=1,3,\"${apn}\",\"\",\"\",0",
        "atflow.unknown-function | var a = lenght(\"x\") | var a = len(\"x\")",
        "atflow.wrong-function-args | var a = len(\"x\", \"y\") | var a = len(\"x\")",
        "atflow.unknown-field | device d { productKey \"pk1\" deviceName \"dev1\" secrt \"x\" } | device d { productKey \"pk1\" deviceName \"dev1\" }",
        "atflow.missing-field | device d { productKey \"pk1\" } | device d { productKey \"pk1\" deviceName \"dev1\" }",
        "atflow.duplicate-name | var a = 1\\ndevice a { productKey \"pk1\" deviceName \"dev1\" } | var a = 1\\ndevice b { productKey \"pk1\" deviceName \"dev1\" }",
        "atflow.bad-placeholder | log \"${a.}\" | var a = 1\\nlog \"${a}\"",
        "atflow.bad-pattern | await +QMTOPEN: 0,{Result} | await +QMTOPEN: 0,{result}",
        "atflow.bad-pattern | await /+QMTOPEN: (?<x>[0-9]/ | await /QMTOPEN: (?<x>[0-9])/",
        "atflow.unterminated-string | log \"abc | log \"abc\"",
        "atflow.unknown-profile | profile ec99 | profile ec2x",
        "atflow.unknown-profile | profile eg25 | profile eg25g",
        "atflow.bad-include | include \"no/such/file.atflow\" | log \"no include\"",
        "atflow.zero-duration | await +QMTOPEN within 0s | await +QMTOPEN within 1s" })
    void issueAndItsFix(String code, String bad, String good) {
        has(bad.replace("\\n", "\n"), code);
        lacks(good.replace("\\n", "\n"), code);
    }

    @Test
    void unknownNameSuggestsTheClosestAndPointsInsideTheCommand() {
        Diagnostic d = first("var apn = \"x\"\nsend AT+QICSGP=1,3,\"${apm}\",\"\",\"\",0\n", IssueCodes.UNKNOWN_NAME);
        assertTrue(d.message().contains("did you mean apn?"), d.message());
        assertEquals(2, d.line());
        assertEquals("send AT+QICSGP=1,3,\"".length() + 1, d.column());
    }

    @Test
    void capturesAndReceivedDataAreNames() {
        lacks("""
                await +QMTRECV: 0,{msg},"{topic}","{reply}"
                send AT+QHTTPREAD=80 receive body
                log "${msg} ${topic} ${json(reply).code} ${len(body)}"
                """, IssueCodes.UNKNOWN_NAME);
    }

    @Test
    void identityFieldsAreChecked() {
        has(IssueAssert.METER + "log \"${meter.productkey}\"\n", IssueCodes.UNKNOWN_FIELD);
        lacks(IssueAssert.METER + "log \"${meter.productKey}\"\n", IssueCodes.UNKNOWN_FIELD);
    }
}
