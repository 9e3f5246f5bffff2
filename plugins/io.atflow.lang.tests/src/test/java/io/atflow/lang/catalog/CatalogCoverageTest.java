package io.atflow.lang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import io.atflow.engine.at.AtLexer;
import io.atflow.engine.at.CommandName;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.CommandForm;
import io.atflow.lang.testing.TestLanguage;
import io.atflow.lang.validation.IssueCodes;

/**
 * The catalog is as wide as the manuals: at least 150 distinct commands, each with the manual it comes from, forms
 * that the engine's lexer reads as written, examples that validate, and documented error results the catalog can
 * explain.
 */
class CatalogCoverageTest {
    static final AtCatalog CATALOG = AtCatalog.standard();

    @Test
    void atLeast150DistinctCommandsEachWithItsManual() throws Exception {
        List<String> names = new ArrayList<>();
        try (var in = new InputStreamReader(CatalogLoader.class.getResourceAsStream(CatalogLoader.RESOURCE),
                StandardCharsets.UTF_8)) {
            for (JsonElement e : JsonParser.parseReader(in).getAsJsonObject().getAsJsonArray("commands")) {
                names.add(e.getAsJsonObject().get("name").getAsString());
            }
        }
        Set<String> distinct = new HashSet<>(names);
        assertEquals(names.size(), distinct.size(), "a command is listed twice: " + names);
        assertTrue(distinct.size() >= 150, "commands: " + distinct.size());
        for (CommandSpec c : CATALOG.commands()) {
            assertTrue(c.source() != null && (c.source().startsWith("Quectel") || c.source().startsWith("3GPP")),
                    c.name() + " names no manual: " + c.source());
            assertFalse(c.examples().isEmpty(), c.name() + " has no example");
        }
    }

    @Test
    void theAreasOfTheManualsAreCovered() {
        for (String name : List.of("AT+IPR", "AT+CLCK", "AT+CPSMS", "AT+CGACT", "AT+QICFG", "AT+QSSLOPEN", "AT+QFUPL",
                "AT+QFLST", "AT+QFDEL", "AT+QMTRECV", "AT+QHTTPPOSTFILE", "AT+QNTP", "AT+CCLK", "AT+QLTS", "AT+QSCLK",
                "AT+QPING", "AT+CGMI", "AT+QFTPOPEN", "AT+QGPSLOC", "AT+CMGS")) {
            assertTrue(CATALOG.command(name).isPresent(), name);
        }
    }

    /** Each form, written as the manuals write it, is read by the engine's AtLexer as that command and that form. */
    @Test
    void everyFormParsesWithTheEnginesLexer() {
        for (CommandSpec c : CATALOG.commands()) {
            for (CommandForm form : c.forms().keySet()) {
                String text = c.name() + switch (form) {
                    case TEST -> "=?";
                    case READ -> "?";
                    case EXEC -> "";
                    case WRITE -> c.name().startsWith("AT+") ? "=0" : "0";
                };
                int end = AtLexer.nameEnd(text, 2);
                assertEquals(c.name(), text.substring(0, end).toUpperCase(), text);
                if (c.name().startsWith("AT+")) {
                    List<CommandName> lexed = AtLexer.commandNames(text);
                    assertEquals(1, lexed.size(), text);
                    assertEquals(c.name().substring(2), lexed.get(0).name(), text);
                }
                AtCommandText parsed = AtCommandText.parse(text);
                assertEquals(c.name(), parsed.name(), text);
                assertEquals(form, parsed.form(), text);
            }
        }
    }

    @Test
    void examplesNameTheirCommandAndAFormItHas() {
        for (CommandSpec c : CATALOG.commands()) {
            for (String example : c.examples()) {
                AtCommandText parsed = AtCommandText.parse(example);
                assertEquals(c.name(), parsed.name(), example);
                assertTrue(c.form(parsed.form()).isPresent(), example + " uses a form " + c.name() + " lacks");
            }
        }
    }

    /** Every example, in a script for each family that has the command, passes the validator without an issue. */
    /**
     * What the TLS checks say about the order of a script's commands (a CA file named before it is uploaded, an SSL
     * context configured after the client that uses it); the examples are one command each, so their order here is
     * the catalog's, not a flow's.
     */
    private static final Set<String> FLOW_CODES = Set.of(IssueCodes.TLS_SECUREMODE_WITHOUT_SSL,
            IssueCodes.TLS_PLAIN_SECUREMODE, IssueCodes.SSL_CONTEXT_MISMATCH, IssueCodes.SSL_CONTEXT_LATE,
            IssueCodes.FILE_NOT_UPLOADED, IssueCodes.FILE_EXISTS, IssueCodes.CLOCK_NOT_SET);

    @Test
    void everyExampleValidates() {
        int checked = 0;
        for (String profile : List.of("ec2x", "bg95")) {
            StringBuilder script = new StringBuilder("profile " + profile + "\n");
            for (CommandSpec c : CATALOG.commands(profile)) {
                for (String example : c.examples()) {
                    script.append("send ").append(example).append(data(c, example)).append('\n');
                    checked++;
                }
            }
            List<Diagnostic> issues = TestLanguage.withNoteSecrets().diagnostics(script.toString());
            assertEquals(List.of(), issues.stream().filter(d -> !FLOW_CODES.contains(d.code())).map(Diagnostic::format)
                    .toList(), script::toString);
        }
        assertTrue(checked > 300, "examples checked: " + checked);
    }

    /** The data an example's form exchanges, as the language writes it. */
    private static String data(CommandSpec c, String example) {
        AtCommandText cmd = AtCommandText.parse(example);
        FormSpec f = c.form(cmd.form()).orElseThrow();
        int length = 1;
        for (int i = 0; i < f.params().size(); i++) {
            String n = f.params().get(i).name();
            if ((n.endsWith("length") || n.endsWith("size") || n.equals("sendlen")) && cmd.arg(i) != null) {
                length = Integer.parseInt(cmd.arg(i).value());
            }
        }
        String bytes = "\"" + "x".repeat(length) + "\"";
        return switch (f.dataFor(cmd)) {
            case NONE -> "";
            case PROMPT_CTRLZ -> " prompt " + bytes + " ctrlz";
            case PROMPT_LENGTH -> " prompt " + bytes;
            case CONNECT -> " connect " + bytes;
            case CONNECT_READ -> " receive body";
        };
    }

    @Test
    void documentedErrorResultsAreKnownCodes() {
        for (CommandSpec c : CATALOG.commands()) {
            String bad = c.badArgumentResult();
            if (!bad.equals("ERROR")) {
                assertTrue(bad.matches("\\+CME ERROR: [0-9]+"), c.name() + ": " + bad);
                assertTrue(CATALOG.describe(bad).isPresent(), c.name() + ": the catalog cannot explain " + bad);
            }
            c.profileNotes().keySet().forEach(p -> assertTrue(CATALOG.profile(p).isPresent(), c.name() + ": " + p));
        }
        assertEquals("+CME ERROR err 552: invalid parameters", CATALOG.describe("+CME ERROR: 552").orElseThrow());
        assertEquals("+CME ERROR err 405: file not found", CATALOG.describe("+CME ERROR: 405").orElseThrow());
        assertEquals("+CME ERROR err 516: not fixed now", CATALOG.describe("+CME ERROR: 516").orElseThrow());
    }

    /** The lines a test or read form prints at the defaults carry the command's own prefix. */
    @Test
    void defaultRepliesCarryTheCommandsPrefix() {
        int replies = 0;
        for (CommandSpec c : CATALOG.commands()) {
            for (FormSpec f : c.forms().values()) {
                if (f.form() == CommandForm.TEST || f.form() == CommandForm.READ) {
                    for (String line : f.reply()) {
                        assertEquals(c.name().substring(2), AtLexer.lineName(line), c.name() + ": " + line);
                        replies++;
                    }
                }
            }
        }
        assertTrue(replies > 20, "replies: " + replies);
    }

    @Test
    void differencesBetweenTheFamiliesAreProfileEntries() {
        assertTrue(CATALOG.command("AT+QPSMS").orElseThrow().availableIn("bg95"));
        assertFalse(CATALOG.command("AT+QPSMS").orElseThrow().availableIn("ec2x"));
        assertFalse(CATALOG.available(CATALOG.command("AT+QCGDEFCONT").orElseThrow(), "eg25g"));
        assertTrue(CATALOG.available(CATALOG.command("AT+QCGDEFCONT").orElseThrow(), "bg96"));
        assertTrue(CATALOG.command("AT+QGPS").orElseThrow().profileNotes().get("bg95").contains("standalone"));
    }
}
