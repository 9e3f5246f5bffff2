package io.atflow.sim;

import java.util.List;

/**
 * A Quectel module series: what the language's AT catalog knows as one profile ({@code ec2x}, {@code bg95}), the
 * serving cell the simulated module reports, and the URCs of a SIM that has become ready.
 */
public enum ModuleFamily {
    /** LTE Standard (EC2x/EG2x): Cat 1/4 LTE; the application note's serving cell. */
    LTE_STANDARD("ec2x", "\"LTE\",\"TDD\"", "38400,39", 7, 3,
            List.of("+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE", "+QIND: PB DONE")),
    /** LPWA (BG9x/BG77x): LTE-M (eMTC, {@code <AcT>} 8 in +CEREG) and NB-IoT. */
    LPWA("bg95", "\"eMTC\",\"FDD\"", "3600,8", 8, 1, List.of("+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE"));

    private final String catalogId;
    private final String radio;
    private final String earfcnAndBand;
    private final int accessTechnology;
    private final int contextType;
    private final List<String> simReadyUrcs;

    ModuleFamily(String catalogId, String radio, String earfcnAndBand, int accessTechnology, int contextType,
            List<String> simReadyUrcs) {
        this.contextType = contextType;
        this.catalogId = catalogId;
        this.radio = radio;
        this.earfcnAndBand = earfcnAndBand;
        this.accessTechnology = accessTechnology;
        this.simReadyUrcs = simReadyUrcs;
    }

    /** The profile id of this family in the language's AT catalog. */
    public String catalogId() {
        return catalogId;
    }

    /** {@code AT+QENG="servingcell"} of a registered, idle module (values of the application note's cell). */
    public String servingCell() {
        return "+QENG: \"servingcell\",\"NOCONN\"," + radio + ",460,00,5C4EF01,121," + earfcnAndBand
                + ",5,5,550B,-98,-8,-70,21,42";
    }

    /** {@code <AcT>} of +CEREG: 7 E-UTRAN; Quectel's LPWA modules report 8 for eMTC. */
    public int accessTechnology() {
        return accessTechnology;
    }

    /**
     * The type of context 1 at power-up: IPv4v6 (3) on EC2x, whose default bearer carries both addresses (the
     * application note's AT+CGPADDR); IPv4 (1) on the LPWA modules (a BG96 answers AT+QICSGP=1 with
     * {@code +QICSGP: 1,"","","",0}, Azure/embedded-wireless-framework issue 20; a BG770A-GL's AT+CGDCONT? shows
     * {@code "IP"}, w1ne/labwired-core at_harvest.log).
     */
    public int contextType() {
        return contextType;
    }

    /** URCs once the (U)SIM is initialised: {@code +CPIN: READY}, {@code +QUSIM: 1}, SMS (and phonebook) done. */
    public List<String> simReadyUrcs() {
        return simReadyUrcs;
    }
}
