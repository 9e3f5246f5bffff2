package io.atflow.engine.at;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lines a module printed, from the Quectel/Aliyun application note (the seed in the repository: its transcripts of an
 * EC600N) and from Quectel's MQTT, HTTP(S) and TCP/IP application notes; the expected values are read off the notes.
 */
class AtLexerTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        // line                                                                   => name      | values, ¦-separated
        "+QMTOPEN: 0,0                                                            => +QMTOPEN  | 0¦0",
        "+QMTSUB: 0,1,0,1                                                         => +QMTSUB   | 0¦1¦0¦1",
        "+QMTPUBEX: 0,0,0                                                         => +QMTPUBEX | 0¦0¦0",
        "+QMTSTAT: 0,1                                                            => +QMTSTAT  | 0¦1",
        "+QHTTPPOST: 0,200,143                                                    => +QHTTPPOST| 0¦200¦143",
        "+QMTCFG: \"aliauth\",,,                                                  => +QMTCFG   | aliauth¦¦¦",
        "+QMTRECV: 0,0,\"/ext/register\",\"{\"\"deviceSecret\"\":1}\"              => +QMTRECV  | 0¦0¦/ext/register¦{\"\"deviceSecret\"\":1}",
        "+CME ERROR: 10                                                           => +CME ERROR| 10",
        "$QCRMCALL: 1,V4                                                          => $QCRMCALL | 1¦V4",
        "+QIURC: \"recv\",0                                                       => +QIURC    | recv¦0",
        "+QENG: \"servingcell\",\"NOCONN\",\"LTE\",\"FDD\",460,00                 => +QENG     | servingcell¦NOCONN¦LTE¦FDD¦460¦00",
        "+QMTRECV: 0,1,\"t\",\"a, b\"                                             => +QMTRECV  | 0¦1¦t¦a, b" })
    void printedLines(String line, String expected) {
        String[] e = expected.split("\\|", -1);
        String l = line.replace("\"\"", "\"");
        assertEquals(e[0].strip(), AtLexer.lineName(l));
        List<String> values = Arrays.asList(e[1].strip().replace("\"\"", "\"").split("¦", -1));
        assertEquals(values, AtLexer.values(AtLexer.lineBody(l)));
    }

    @Test
    void wordsAndOtherVendorsLinesHaveNoName() {
        assertNull(AtLexer.lineName("RDY"));
        assertNull(AtLexer.lineName("SEND OK"));
        assertNull(AtLexer.lineName("^SYSINFO: 2,3,0,5,1"), "Huawei's prefix is not in Quectel's manuals");
        assertNull(AtLexer.lineBody("+QMTRECV"));
        assertEquals("+QMTRECV", AtLexer.lineName("+QMTRECV"));
        assertEquals(List.of(), AtLexer.values(""));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "AT+QMTOPEN=0,\"iot-as-mqtt.cn-shanghai.aliyuncs.com\",1883 => +QMTOPEN:WRITE",
        "AT+QMTCFG=\"aliauth\",0                                    => +QMTCFG:WRITE",
        "AT+QMTCONN?                                                => +QMTCONN:READ",
        "AT+QMTOPEN=?                                               => +QMTOPEN:TEST",
        "at+cgpaddr                                                 => +CGPADDR:EXECUTE",
        "AT+CSQ;+CREG?                                              => +CSQ:EXECUTE +CREG:READ",
        "AT+QMTSUB=0,1,\"/sys/a;b/c\",0                             => +QMTSUB:WRITE",
        "AT$QCRMCALL=1,1                                            => $QCRMCALL:WRITE",
        "AT&W                                                       => ",
        "ATE0                                                       => ",
        "AT^SYSINFO                                                 => " })
    void commandNamesAndForms(String text, String expected) {
        String got = String.join(" ", AtLexer.commandNames(text).stream().map(n -> n.name() + ":" + n.form()).toList());
        assertEquals(expected == null ? "" : expected.strip(), got);
    }

    @Test
    void basicAndExtendedNamesEndWhereV25terSays() {
        assertEquals(4, AtLexer.nameEnd("AT&D2", 2), "&D takes the number 2");
        assertEquals(3, AtLexer.nameEnd("ATE0", 2));
        assertEquals(9, AtLexer.nameEnd("AT+QMTCFG=\"aliauth\"", 2));
        assertEquals(11, AtLexer.nameEnd("AT$QCRMCALL=1,1", 2));
        assertEquals(2, AtLexer.nameEnd("AT^SYSINFO", 2));
        assertEquals(2, AtLexer.nameEnd("AT+", 2));
    }

    @Test
    void fieldsKeepTheirOffsetsQuotesAndPlaceholders() {
        String text = "AT+QMTCONN=0,\"${id}\",${user(\"a,b\")},\"${secret(\"x}\")}\",\"open";
        List<AtField> f = AtLexer.fields(text, 11);
        assertEquals(List.of("0", "\"${id}\"", "${user(\"a,b\")}", "\"${secret(\"x}\")}\"", "\"open"),
                f.stream().map(AtField::raw).toList());
        assertEquals(List.of(11, 13, 21, 36, 54), f.stream().map(AtField::offset).toList());
        assertTrue(f.get(1).quoted() && f.get(1).closed());
        assertFalse(f.get(4).closed());
        assertEquals("open", f.get(4).value().substring(1));
        assertEquals("${id}", f.get(1).value());
    }

    @Test
    void aLimitKeepsTheRestAsOneField() {
        List<AtField> f = AtLexer.fields("0,1,\"t\",5,\"a,\"b\"", 0, 4);
        assertEquals(List.of("0", "1", "\"t\"", "5,\"a,\"b\""), f.stream().map(AtField::raw).toList());
    }

    @Test
    void placeholderEndSkipsQuotedBraces() {
        assertEquals(14, AtLexer.placeholderEnd("${secret(\"a}\")} x", 0));
        assertEquals(-1, AtLexer.placeholderEnd("${open", 0));
    }
}
