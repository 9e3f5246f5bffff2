package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each profile identifies itself with the strings posted from a real module of that model. */
class ProfileIdentityTest {

    /**
     * Expected answers, as posted (see ModuleProfile and the README for the full sources): EC21 the firmware
     * EC21EFAR06A08M4G_20.200.20.200 of a public EC2X provisioning tool; EC25 AT+QGMR EC25EFAR06A11M4G_01.001.01.001
     * (community.sixfab.com/t/ec25-a-firemware/2400); EG25-G and BG95-M3 ATI/AT+QGMR from github.com/lukejenkins/cwd
     * (reference/quectel/eg25g, reference/quectel/bg95m3); BG96 ATI from vshymanskyy/TinyGSM issue 157; BG77 ATI from
     * forums.quectel.com/t/bg77-main-uart-at-command-always-returns-error/42877 and AT+QGMR from thingpilot/quectel_bg77;
     * BG770A-GL ATI, AT+CGMM, AT+CGMR and AT+GMR from a real-hardware capture in w1ne/labwired-core.
     */
    @ParameterizedTest
    @CsvSource({
        "ec21,   EC21,      EC21EFAR06A08M4G, EC21EFAR06A08M4G_20.200.20.200",
        "ec25,   EC25,      EC25EFAR06A11M4G, EC25EFAR06A11M4G_01.001.01.001",
        "eg25g,  EG25,      EG25GGBR07A08M2G, EG25GGBR07A08M2G_01.003.01.003",
        "bg95,   BG95-M3,   BG95M3LAR02A03,   BG95M3LAR02A03_01.011.01.011",
        "bg96,   BG96,      BG96MAR02A07M1G,  BG96MAR02A07M1G_01.018.01.018",
        "bg77,   BG77,      BG77LAR02A04,     BG77LAR02A04_01.004.01.004",
        "bg770a, BG770A-GL, BG770AGLAAR01A05, BG770AGLAAR01A05_01.001.01.001" })
    void identityAnswersAreTheModelsOwn(String profile, String model, String revision, String build) {
        try (SimulatedModule module = SimulatedModule.start(SimConfig.defaults().withProfile(ModuleProfile.parse(profile)));
                ModuleLine line = ModuleLine.open(module)) {
            line.send("ATE0").expect("ATE0", "OK");
            assertEquals(List.of("Quectel", model, "Revision: " + revision, "OK"), line.exchange("ATI"));
            assertEquals(List.of("Quectel", "OK"), line.exchange("AT+CGMI"));
            assertEquals(List.of("Quectel", "OK"), line.exchange("AT+GMI"));
            assertEquals(List.of(model, "OK"), line.exchange("AT+CGMM"));
            assertEquals(List.of(model, "OK"), line.exchange("AT+GMM"));
            assertEquals(List.of(revision, "OK"), line.exchange("AT+CGMR"));
            assertEquals(List.of(revision, "OK"), line.exchange("AT+GMR"));
            assertEquals(List.of(build, "OK"), line.exchange("AT+QGMR"));
            assertEquals(List.of("OK"), line.exchange("AT+CGMR=?"));
        }
    }

    @Test
    void namesAreReadLikeTheModelIsWritten() {
        assertEquals(ModuleProfile.EG25G, ModuleProfile.parse("EG25-G"));
        assertEquals(ModuleProfile.BG770A, ModuleProfile.parse(" BG770A "));
        assertEquals(ModuleProfile.EC25, ModuleProfile.parse("ec2x"));
        assertEquals(ModuleProfile.BG95, ModuleProfile.parse("bg95"));
        assertEquals("unknown module profile \"ec99\"; use one of ec21, ec25, eg25g, bg95, bg96, bg77, bg770a "
                + "(ec2x means ec25)", assertThrows(IllegalArgumentException.class, () -> ModuleProfile.parse("ec99"))
                        .getMessage());
    }
}
