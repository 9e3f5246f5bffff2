package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.model.CommandForm;
import io.atflow.sim.catalog.CatalogCommands;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.io.BytePipe;

/**
 * The catalog-driven responder alone, on a module core with no other command: every command of a profile answers
 * its test, read and execute forms with OK, its write form with OK when the arguments fit and with the manual's
 * error when they do not; commands of the other family stay unknown.
 */
class CatalogResponderTest {
    static final AtCatalog CATALOG = AtCatalog.standard();
    ModuleCore core;
    ModuleLine line;

    void start(String profile) {
        core = new ModuleCore("catalog-" + profile);
        assertTrue(CatalogCommands.install(core, CATALOG, profile) >= 140);
        BytePipe toHost = new BytePipe();
        BytePipe toModule = new BytePipe();
        line = new ModuleLine(new ModuleConnection(toHost, toModule, core.attach(toModule.input(), toHost.output())));
    }

    @AfterEach
    void stop() {
        line.close();
        core.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ec2x", "bg95" })
    void everyCommandOfTheProfileAnswersEveryForm(String profile) {
        start(profile);
        core.echo(false);
        int exchanges = 0;
        List<String> wrong = new ArrayList<>();
        for (CommandSpec c : CATALOG.commands(profile)) {
            for (FormSpec f : c.forms().values()) {
                List<String> lines = new ArrayList<>();
                if (f.form() != CommandForm.WRITE) {
                    lines.add(CatalogArgs.line(c, f.form(), ""));
                } else if (f.variants().isEmpty()) {
                    lines.add(CatalogArgs.line(c, f.form(), CatalogArgs.fitting(f.params())));
                } else {
                    f.variants().values().stream().filter(v -> CATALOG.available(v, profile))
                            .forEach(v -> lines.add(CatalogArgs.line(c, f.form(), CatalogArgs.fitting(f, v))));
                }
                for (String command : lines) {
                    String result = last(line.exchange(command));
                    exchanges++;
                    if (!result.equals("OK")) {
                        wrong.add(command + " -> " + result);
                    }
                }
                if (f.form() == CommandForm.WRITE && f.variants().isEmpty()) {
                    String misfit = CatalogArgs.misfitting(f);
                    if (misfit != null) {
                        String command = CatalogArgs.line(c, f.form(), misfit);
                        String result = last(line.exchange(command));
                        exchanges++;
                        if (!result.equals(c.badArgumentResult())) {
                            wrong.add(command + " -> " + result + ", documented: " + c.badArgumentResult());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(exchanges > 350, "exchanges: " + exchanges);
    }

    @Test
    void testFormsPrintTheManualsRangesAndReadFormsTheDefaults() {
        start("ec2x");
        core.echo(false);
        assertEquals(List.of("+CSCS: (\"GSM\",\"IRA\",\"UCS2\")", "OK"), line.exchange("AT+CSCS=?"));
        assertEquals(List.of("+IFC: 0,0", "OK"), line.exchange("AT+IFC?"));
        assertEquals(List.of("+QSSLOPEN: (1-16),(0-5),(0-11),\"<serveraddr>\",(0-65535),(0,1,2)", "OK"),
                line.exchange("AT+QSSLOPEN=?"));
        assertEquals(List.of("+QICFG: \"dataformat\",(0,1),(0,1)", "+QICFG: \"dns/cache\",(0,1)"),
                line.exchange("AT+QICFG=?").subList(0, 2));
        assertEquals(List.of("OK"), line.exchange("AT+QFDEL=\"cacert.pem\""));
        assertEquals(List.of("OK"), line.exchange("AT&D1"));
    }

    @Test
    void badArgumentsGetTheManualsErrorInTheFormAtCmeeSelects() {
        start("ec2x");
        core.echo(false);
        assertEquals(List.of("+CME ERROR: 552"), line.exchange("AT+QSSLOPEN=1,6,0,\"h\",443"));
        assertEquals(List.of("+CME ERROR: 400"), line.exchange("AT+QFOPEN=\"a.txt\",3"));
        assertEquals(List.of("+CME ERROR: 50"), line.exchange("AT+CTZR=3"));
        assertEquals(List.of("ERROR"), line.exchange("ATQ2"));
        assertEquals(List.of("+CME ERROR: 552"), line.exchange("AT+QICFG=\"nosuch\",1"));
        core.cmee(2);
        assertEquals(List.of("+CME ERROR: invalid parameters"), line.exchange("AT+QSSLOPEN=1,0,0,\"h\",65536"));
        assertEquals(List.of("+CME ERROR: Incorrect parameters"), line.exchange("AT+CLCK=\"XX\",2"));
        core.cmee(0);
        assertEquals(List.of("ERROR"), line.exchange("AT+QFSEEK=1,0,3"));
    }

    @Test
    void commandsOfTheOtherFamilyAreUnknown() {
        start("ec2x");
        core.echo(false);
        assertEquals(List.of("ERROR"), line.exchange("AT+QPSMS?"));
        stop();
        start("bg95");
        core.echo(false);
        assertEquals(List.of("OK"), line.exchange("AT+QPSMS=1,3600,60"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QHTTPGETEX=80,0,100"));
    }

    static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
