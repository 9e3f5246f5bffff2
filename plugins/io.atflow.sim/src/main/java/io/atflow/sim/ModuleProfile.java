package io.atflow.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.atflow.sim.mqtt.OpenReport;

/**
 * The module model being simulated: its identity answers, its family (command set and serving cell), the URCs it
 * prints when it powers up, and its known differences. Each identity was posted from a real module or a Quectel
 * document; the source is named beside each model.
 */
public enum ModuleProfile {
    /**
     * EC21 (LTE Cat 1). Source: the firmware a public EC2X provisioning tool (GitHub, "frogwatch" provision.py README)
     * flashes, {@code EC21EFAR06A08M4G_20.200.20.200}, whose {@code AT+QGMR} is that name and {@code ATI}/{@code AT+CGMR}
     * its part before {@code _} (the same README shows an EC25 answering {@code Revision: EC25EFAR06A17M4G} with
     * firmware {@code EC25EFAR06A17M4G_20.200.20.200}).
     */
    EC21(ModuleFamily.LTE_STANDARD, new ModuleIdentity("EC21", "EC21EFAR06A08M4G", "EC21EFAR06A08M4G_20.200.20.200"),
            List.of("RDY", "+CFUN: 1"), OpenReport.URC_AFTER_OK),
    /**
     * EC25 (LTE Cat 4), the application note's module. Source: an EC25 posting {@code AT+QGMR} →
     * {@code EC25EFAR06A11M4G_01.001.01.001} (community.sixfab.com/t/ec25-a-firemware/2400) and, on the same forum,
     * quectel-CM reading its baseband version {@code EC25EFAR06A11M4G}
     * (community.sixfab.com/t/cannot-establish-data-connection-with-quectel-ec25-a/1420). {@code AT+QMTOPEN} that cannot
     * connect: {@code OK}, then {@code +QMTOPEN: 0,-1} (forums.quectel.com/t/qmtopen-0-1-error/3562, an EC25 log).
     */
    EC25(ModuleFamily.LTE_STANDARD, new ModuleIdentity("EC25", "EC25EFAR06A11M4G", "EC25EFAR06A11M4G_01.001.01.001"),
            List.of("RDY", "+CFUN: 1"), OpenReport.URC_AFTER_OK),
    /**
     * EG25-G (LTE Cat 4, global). Source: {@code ATI} and {@code AT+QGMR} of an EG25-G, github.com/lukejenkins/cwd
     * reference/quectel/eg25g/outputs/EG25GGBR07A08M2G_01.003.01.003.md. Its {@code ATI} model line is {@code EG25}.
     */
    EG25G(ModuleFamily.LTE_STANDARD, new ModuleIdentity("EG25", "EG25GGBR07A08M2G", "EG25GGBR07A08M2G_01.003.01.003"),
            List.of("RDY", "+CFUN: 1"), OpenReport.URC_AFTER_OK),
    /**
     * BG95-M3 (LTE-M, NB-IoT, EGPRS). Source: {@code ATI} and {@code AT+QGMR} of a BG95-M3, github.com/lukejenkins/cwd
     * reference/quectel/bg95m3/outputs/BG95M3LAR02A03_01.011.01.011.md; {@code AT+CGMR} → {@code BG95M3LAR02A03}
     * (zephyrproject-rtos/zephyr pull request 93068). Power-up {@code RDY}, {@code APP RDY} (a BG95 console log on
     * GitHub); the SIM URCs after {@code AT+CPIN=<pin>} ({@code +CPIN: READY}, {@code +QUSIM: 1},
     * {@code +QIND: SMS DONE}) from a public "Quectel-BG95 driver" log. {@code AT+QMTOPEN} that cannot connect:
     * {@code +QMTOPEN: 0,-1} then {@code ERROR}, no {@code OK} (issue 20; see the README for a conflicting log).
     */
    BG95(ModuleFamily.LPWA, new ModuleIdentity("BG95-M3", "BG95M3LAR02A03", "BG95M3LAR02A03_01.011.01.011"),
            List.of("RDY", "APP RDY"), OpenReport.RESULT_BEFORE_ERROR),
    /**
     * BG96 (LTE-M, NB-IoT, EGPRS). Source: {@code ATI} → {@code Quectel}, {@code BG96},
     * {@code Revision: BG96MAR02A07M1G} and {@code AT+CFUN=1,1} → {@code OK}, {@code POWERED DOWN}, {@code RDY}
     * (vshymanskyy/TinyGSM issue 157); {@code AT+QGMR} → {@code BG96MAR02A07M1G_01.018.01.018}, the answer a public
     * BG96 firmware updater (Ruptela, GitHub) checks for. This firmware line sends no {@code APP RDY}
     * (FreeRTOS/FreeRTOS-Cellular-Interface-Reference-Quectel-BG96 issue 17). {@code AT+QMTOPEN} that cannot connect:
     * {@code OK}, then {@code +QMTOPEN: 0,-1} (johncobb/catm1_bg96 issue 9).
     */
    BG96(ModuleFamily.LPWA, new ModuleIdentity("BG96", "BG96MAR02A07M1G", "BG96MAR02A07M1G_01.018.01.018"),
            List.of("RDY"), OpenReport.URC_AFTER_OK),
    /**
     * BG77 (LTE-M, NB-IoT; the BG95's platform without EGPRS). Source: {@code ATI} → {@code Quectel}, {@code BG77},
     * {@code Revision: BG77LAR02A04} (forums.quectel.com/t/bg77-main-uart-at-command-always-returns-error/42877);
     * {@code AT+QGMR} → {@code BG77LAR02A04_01.004.01.004} (thingpilot/quectel_bg77, quectel_bg77.cpp firmware_ver()).
     * BG95 and BG77 share one AT manual and firmware platform, so BG77 reports {@code AT+QMTOPEN} like the BG95.
     */
    BG77(ModuleFamily.LPWA, new ModuleIdentity("BG77", "BG77LAR02A04", "BG77LAR02A04_01.004.01.004"),
            List.of("RDY", "APP RDY"), OpenReport.RESULT_BEFORE_ERROR),
    /**
     * BG770A-GL (LTE-M, NB-IoT). Source: {@code ATI} → {@code Quectel}, {@code BG770A-GL},
     * {@code Revision: BG770AGLAAR01A05}, {@code AT+CGMM} → {@code BG770A-GL}, {@code AT+CGMR}/{@code AT+GMR} →
     * {@code BG770AGLAAR01A05}, captured from a BG770A-GL evaluation board (w1ne/labwired-core, real-hardware test of
     * its BG770A model); {@code AT+QGMR} was not captured there: {@code BG770AGLAAR01A05_01.001.01.001} is the build
     * that model reports. {@code AT+QMTOPEN} in the captured success case: {@code OK} then {@code +QMTOPEN: 0,0}.
     */
    BG770A(ModuleFamily.LPWA, new ModuleIdentity("BG770A-GL", "BG770AGLAAR01A05", "BG770AGLAAR01A05_01.001.01.001"),
            List.of("RDY", "APP RDY"), OpenReport.URC_AFTER_OK);

    /** The profile name before model profiles existed: the EC2x family, simulated as an EC25. */
    public static final ModuleProfile EC2X = EC25;

    private final ModuleFamily family;
    private final ModuleIdentity identity;
    private final List<String> powerOnUrcs;
    private final OpenReport openReport;

    ModuleProfile(ModuleFamily family, ModuleIdentity identity, List<String> powerOnUrcs, OpenReport openReport) {
        this.family = family;
        this.identity = identity;
        this.powerOnUrcs = powerOnUrcs;
        this.openReport = openReport;
    }

    /** The name {@code --profile} and the language's {@code profile} statement use, e.g. {@code eg25g}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ModuleFamily family() {
        return family;
    }

    public ModuleIdentity identity() {
        return identity;
    }

    /** What the module prints when it has powered up, before the SIM URCs. */
    public List<String> powerOnUrcs() {
        return powerOnUrcs;
    }

    /** How the module reports an {@code AT+QMTOPEN} outcome. */
    OpenReport openReport() {
        return openReport;
    }

    /**
     * Parses a profile name, any case, with or without hyphens ({@code bg95}, {@code EG25-G}), or a family name
     * ({@code ec2x}: the EC25; {@code bg95} is the BG95's own name); unknown names name the valid ones.
     */
    public static ModuleProfile parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace("-", "");
        if (key.equals("ec2x")) {
            return EC2X;
        }
        for (ModuleProfile p : values()) {
            if (p.id().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown module profile \"" + name + "\"; use one of " + names());
    }

    /** The valid names, for messages: {@code ec21, ec25, ..., bg770a (ec2x means ec25)}. */
    public static String names() {
        return Arrays.stream(values()).map(ModuleProfile::id).collect(Collectors.joining(", "))
                + " (ec2x means ec25)";
    }
}
