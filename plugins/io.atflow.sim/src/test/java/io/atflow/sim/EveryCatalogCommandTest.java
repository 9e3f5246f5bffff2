package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.model.CommandForm;

/**
 * The whole simulated module, EC2x and BG95: every catalog command of the profile gets an answer that ends with a
 * final result code for each of its forms, and the commands the flows use keep their own behaviour rather than
 * the catalog's syntactic one.
 */
class EveryCatalogCommandTest {
    /** Commands whose write and execute forms would reset or power down the module, or switch echo, mid-test. */
    static final Set<String> DISRUPTIVE = Set.of("AT+QPOWD", "AT+CFUN", "ATE", "ATZ", "AT&F", "ATV", "ATQ", "AT+COPS");
    SimulatedModule module;
    ModuleLine line;

    void start(ModuleProfile profile) {
        module = SimulatedModule.start(SimConfig.defaults().withProfile(profile));
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    @AfterEach
    void stop() {
        line.close();
        module.close();
    }

    @ParameterizedTest
    @EnumSource(value = ModuleProfile.class, names = { "EC25", "BG95" })
    void everyFormOfEveryCommandGetsAFinalResult(ModuleProfile profile) {
        start(profile);
        AtCatalog catalog = AtCatalog.standard();
        String family = profile.family().catalogId();
        List<String> unanswered = new ArrayList<>();
        int exchanges = 0;
        for (CommandSpec c : catalog.commands(family)) {
            for (FormSpec f : c.forms().values()) {
                boolean acts = f.form() == CommandForm.WRITE || f.form() == CommandForm.EXEC;
                if (acts && DISRUPTIVE.contains(c.name())) {
                    continue;
                }
                String args = f.form() != CommandForm.WRITE ? "" : f.variants().isEmpty()
                        ? CatalogArgs.fitting(f.params())
                        : CatalogArgs.fitting(f, f.variants().values().stream().filter(v -> catalog.available(v, family))
                                .sorted((a, b) -> a.key().compareTo(b.key())).findFirst().orElseThrow());
                String command = CatalogArgs.line(c, f.form(), args);
                List<String> answer;
                try {
                    answer = line.exchange(command);
                } catch (AssertionError e) {
                    throw new AssertionError(command + ": " + e.getMessage(), e);
                }
                exchanges++;
                String result = answer.get(answer.size() - 1);
                if (!(result.equals("OK") || result.equals("ERROR") || result.startsWith("+CME ERROR: "))) {
                    unanswered.add(command + " -> " + answer);
                }
            }
        }
        assertEquals(List.of(), unanswered);
        assertTrue(exchanges > 350, "exchanges: " + exchanges);
    }

    @Test
    void theCommandsOfTheFlowsKeepTheirOwnBehaviour() {
        start(ModuleProfile.EC25);
        assertTrue(line.exchange("AT+CGSN").get(0).matches("[0-9]{15}"));
        assertTrue(line.exchange("AT+CSQ").get(0).startsWith("+CSQ: "));
        assertTrue(line.exchange("AT+QMTCFG=\"version\",0").get(0).startsWith("+QMTCFG: \"version\","));
        assertEquals("Quectel", line.exchange("AT+GMI").get(0));
        assertEquals(List.of("+QGDCNT: 0,0", "OK"), line.exchange("AT+QGDCNT?"));
    }
}
