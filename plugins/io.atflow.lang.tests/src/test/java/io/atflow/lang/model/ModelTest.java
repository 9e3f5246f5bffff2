package io.atflow.lang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** The AST helpers the interpreter uses: commands, templates, patterns, durations. */
class ModelTest {

    @Test
    void commandsSplitIntoNameFormAndArguments() {
        AtCommandText c = AtCommandText.parse("AT+QMTCFG=\"aliauth\",0,\"${m.productKey}\",\"a,b\",${f(x, y)}");
        assertEquals("AT+QMTCFG", c.name());
        assertEquals(CommandForm.WRITE, c.form());
        assertEquals(List.of("\"aliauth\"", "0", "\"${m.productKey}\"", "\"a,b\"", "${f(x, y)}"),
                c.args().stream().map(AtArgument::raw).toList());
        assertEquals("aliauth", c.subKey());
        assertEquals(CommandForm.READ, AtCommandText.parse("AT+CEREG?").form());
        assertEquals(CommandForm.TEST, AtCommandText.parse("AT+QMTOPEN=?").form());
        assertEquals(CommandForm.EXEC, AtCommandText.parse("AT").form());
        AtCommandText e0 = AtCommandText.parse("ATE0");
        assertEquals("ATE", e0.name());
        assertEquals("0", e0.arg(0).value());
    }

    @Test
    void templates() {
        Template t = Template.parse("/sys/${meter.productKey}/${len(\"a}b\")}/x");
        assertEquals(2, t.placeholders().size());
        assertEquals(new TemplateExpr.Access(new TemplateExpr.Name("meter"), "productKey"), t.placeholders().get(0).expr());
        assertEquals(new TemplateExpr.Call("len", List.of(new TemplateExpr.Text("a}b"))), t.placeholders().get(1).expr());
        assertEquals("/sys/PK/3/x", t.render(p -> p.expr() instanceof TemplateExpr.Call ? "3" : "PK"));
        assertTrue(Template.parse("${").placeholders().get(0).error().contains("closing"));
        assertTrue(Template.parse("${a b}").placeholders().get(0).error() != null);
    }

    @Test
    void patternsCompileToLineMatchersWithNamedCaptures() {
        PatternText p = PatternText.parse("+QMTRECV: 0,{msg},\"${topic}\",\"{payload}\"");
        assertEquals("+QMTRECV", p.prefix());
        assertEquals(List.of("msg", "payload"), p.captures().stream().map(PatternText.Capture::name).toList());
        Matcher m = p.compile(x -> "/t").matcher("+QMTRECV: 0,3,\"/t\",\"{\"a\":\"b,c\"}\"");
        assertTrue(m.matches());
        assertEquals("3", m.group("msg"));
        assertEquals("{\"a\":\"b,c\"}", m.group("payload"));
        assertTrue(PatternText.parse("+QMTOPEN").compile(x -> null).matcher("+QMTOPEN: 0,0").matches());
        assertTrue(PatternText.parse("NO CARRIER").compile(x -> null).matcher("NO CARRIER").matches());
        PatternText re = PatternText.parse("/\\+CSQ: (?<rssi>\\d+),/");
        assertEquals(PatternKind.REGEX, re.kind());
        assertEquals("rssi", re.captures().get(0).name());
        assertNull(re.error());
    }

    @Test
    void durations() {
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofSeconds(75), Durations.parse("75s"));
        assertEquals(Duration.ofMinutes(10), Durations.parse("10m"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
    }
}
