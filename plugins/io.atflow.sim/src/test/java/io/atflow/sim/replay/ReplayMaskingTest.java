package io.atflow.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * A replay report masks the lines it quotes as a run masks its transcript: a DeviceSecret set with
 * AT+QMTCFG="aliauth" (a parameter the catalog marks secret) is hidden also where the module reads it back, by value
 * and not by the position of an argument.
 */
class ReplayMaskingTest {
    static final String SECRET = "c4fa40df9c8078073d75a26be2bc8f58";

    @Test
    void aSecretSetEarlierIsMaskedInTheMismatchThatQuotesItsReadBack() throws Exception {
        String log = "<< AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"" + SECRET + "\"\n>> OK\n"
                + "<< AT+QMTCFG=\"aliauth\",0\n>> +QMTCFG: \"aliauth\",\"i2uqc2dloOl\",\"device002\",\"" + SECRET
                + "\"\n>> OK\n";
        ReplayReport report = ReplaySetupTest.replay(Replays.parse("m.log", log));
        assertFalse(report.passed());
        assertEquals("m.log: 1 of 2 exchanges match (1 lines)\n"
                + "m.log:4: expected \"+QMTCFG: \"aliauth\",\"i2uqc2dloOl\",\"device002\",\"****\"\" but the module said "
                + "\"+QMTCFG: \"aliauth\",\"i2uqc2dloOl\",\"device001\",\"****\"\"", report.summary());
    }
}
