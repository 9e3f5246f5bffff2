package io.atflow.sim.card;

/**
 * The identity of the simulated (U)SIM, derived from the module's IMEI so that every simulated module has its own:
 * <ul>
 * <li>IMSI (3GPP TS 23.003 §2.2): MCC 460, MNC 00 (the network of the simulated serving cell) and the last 10 IMEI
 * digits as MSIN, 15 digits;</li>
 * <li>ICCID (ITU-T E.118): 89 (telecommunications), 86 (China), issuer 00, the last 13 IMEI digits, and the Luhn
 * check digit: 20 digits.</li>
 * </ul>
 */
public record SimIdentity(String imsi, String iccid) {
    static final String MCC_MNC = "46000";

    public static SimIdentity of(String imei) {
        if (imei == null || !imei.matches("[0-9]{15}")) {
            throw new IllegalArgumentException("IMEI \"" + imei + "\" must be 15 digits");
        }
        String imsi = MCC_MNC + imei.substring(5);
        String body = "898600" + imei.substring(2);
        return new SimIdentity(imsi, body + luhn(body));
    }

    /** The Luhn check digit of {@code digits} (ISO/IEC 7812-1 Annex B). */
    static int luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
