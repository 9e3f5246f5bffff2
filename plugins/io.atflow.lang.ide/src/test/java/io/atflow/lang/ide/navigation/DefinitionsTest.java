package io.atflow.lang.ide.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.lang.ide.testing.IdeTestLanguage;

/** Go to definition of names, members, captures and includes. */
class DefinitionsTest {
    static final String SCRIPT = """
            device meter { productKey "pk1" deviceName "dev1" }
            var apn = "cmnet"
            payload post = "{}"
            step "s" {
              send AT+QICSGP=1,3,"${apn}","","",0
              send AT+QMTPUBEX=0,0,0,0,"/sys/${meter.productKey}/t",${len(post)} prompt post
              await +QMTOPEN: 0,{result} within 75s
              if result != "0" fail "failed: ${result} on ${meter.deviceName}"
              set apn = "x"
              log meter.deviceName
            }
            """;

    static Optional<Definition> at(String text, String needle, int delta) {
        XtextResource r = IdeTestLanguage.parse(text);
        return Definitions.at(r, text.indexOf(needle) + delta);
    }

    static String target(String text, Definition d) {
        return text.substring(d.targetOffset(), d.targetOffset() + d.targetLength());
    }

    @Test
    void placeholderNamesLeadToTheirDeclarations() {
        Definition d = at(SCRIPT, "${apn}", 3).orElseThrow();
        assertEquals("apn", target(SCRIPT, d));
        assertEquals(SCRIPT.indexOf("var apn") + 4, d.targetOffset());
        assertEquals(SCRIPT.indexOf("${apn}") + 2, d.offset());
        assertEquals(3, d.length());
        assertEquals(SCRIPT.indexOf("post ="), at(SCRIPT, "len(post)", 5).orElseThrow().targetOffset());
    }

    @Test
    void membersLeadToTheIdentityField() {
        Definition field = at(SCRIPT, "meter.productKey", 8).orElseThrow();
        assertEquals(SCRIPT.indexOf("productKey \"pk1\""), field.targetOffset());
        Definition owner = at(SCRIPT, "meter.productKey", 1).orElseThrow();
        assertEquals(SCRIPT.indexOf("meter {"), owner.targetOffset());
        Definition ref = at(SCRIPT, "log meter.deviceName", 12).orElseThrow();
        assertEquals(SCRIPT.indexOf("deviceName \"dev1\""), ref.targetOffset());
        assertEquals(SCRIPT.indexOf("meter {"), at(SCRIPT, "log meter", 5).orElseThrow().targetOffset());
    }

    @Test
    void capturesAssignmentsAndNothingElse() {
        assertEquals(SCRIPT.indexOf("{result}") + 1, at(SCRIPT, "if result", 4).orElseThrow().targetOffset());
        assertEquals(SCRIPT.indexOf("{result}") + 1, at(SCRIPT, "${result}", 4).orElseThrow().targetOffset());
        assertEquals(SCRIPT.indexOf("var apn") + 4, at(SCRIPT, "set apn", 5).orElseThrow().targetOffset());
        assertTrue(at(SCRIPT, "failed:", 1).isEmpty(), "plain words of a string are not names");
        assertTrue(at(SCRIPT, "AT+QICSGP", 3).isEmpty());
        assertTrue(at(SCRIPT, "var apn", 5).isEmpty(), "a declaration has no other definition");
    }

    @Test
    void includesAndNamesDeclaredInThem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/instance.atflow"), "// instance\nvar host = \"h\"\n", StandardCharsets.UTF_8);
        String text = "include \"common/instance.atflow\"\nsend AT+QMTOPEN=0,\"${host}\",1883\n";
        XtextResourceSet set = IdeTestLanguage.INJECTOR.getInstance(XtextResourceSet.class);
        XtextResource r = (XtextResource) set.createResource(URI.createFileURI(dir.resolve("main.atflow").toString()));
        r.load(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        Definition inc = Definitions.at(r, text.indexOf("common") + 2).orElseThrow();
        assertEquals(URI.createFileURI(dir.resolve("common/instance.atflow").toString()), inc.target());
        assertEquals(0, inc.targetOffset());
        Definition host = Definitions.at(r, text.indexOf("${host}") + 3).orElseThrow();
        assertEquals(inc.target(), host.target());
        assertEquals("// instance\nvar ".length(), host.targetOffset());
    }
}
