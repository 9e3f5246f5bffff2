package io.atflow.sim;

import java.util.List;
import java.util.Locale;

/**
 * The module family being simulated. Differences are the ones observable on real modules: identification
 * ({@code ATI}), boot URCs, the radio access technology in {@code AT+QENG="servingcell"} and registration URCs.
 */
public enum ModuleProfile {
    /** Quectel EC2x (LTE Cat 1/4), e.g. EC25; the application note's module family. */
    EC2X("EC25", "EC25EFAR06A01M4G", "LTE", "TDD", "38400,39", 7,
            List.of("RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE", "+QIND: PB DONE")),
    /** Quectel BG95-M3 (LTE-M / NB-IoT / EGPRS). */
    BG95("BG95-M3", "BG95M3LAR02A03", "eMTC", "FDD", "3600,8", 8, List.of("RDY", "APP RDY"));

    private final String model;
    private final String revision;
    private final String rat;
    private final String duplex;
    private final String earfcnAndBand;
    private final int accessTechnology;
    private final List<String> bootUrcs;

    ModuleProfile(String model, String revision, String rat, String duplex, String earfcnAndBand,
            int accessTechnology, List<String> bootUrcs) {
        this.model = model;
        this.revision = revision;
        this.rat = rat;
        this.duplex = duplex;
        this.earfcnAndBand = earfcnAndBand;
        this.accessTechnology = accessTechnology;
        this.bootUrcs = bootUrcs;
    }

    public String model() {
        return model;
    }

    public String revision() {
        return revision;
    }

    /** The lines of {@code ATI}. */
    public List<String> identification() {
        return List.of("Quectel", model, "Revision: " + revision);
    }

    public List<String> bootUrcs() {
        return bootUrcs;
    }

    /** {@code AT+QENG="servingcell"} of a registered, idle module (values of the application note's cell). */
    public String servingCell() {
        return "+QENG: \"servingcell\",\"NOCONN\",\"" + rat + "\",\"" + duplex + "\",460,00,5C4EF01,121,"
                + earfcnAndBand + ",5,5,550B,-98,-8,-70,21,42";
    }

    /** {@code <AcT>} of +CEREG: 7 E-UTRAN; BG95 reports 8 for eMTC. */
    public int accessTechnology() {
        return accessTechnology;
    }

    /** Parses {@code ec2x} or {@code bg95} (any case); unknown names name the valid ones. */
    public static ModuleProfile parse(String name) {
        for (ModuleProfile p : values()) {
            if (p.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown module profile \"" + name + "\"; use ec2x or bg95");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
