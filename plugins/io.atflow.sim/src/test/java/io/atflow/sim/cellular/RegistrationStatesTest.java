package io.atflow.sim.cellular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleInStateTestBase;
import io.atflow.sim.ModuleProfile;

/**
 * Registration and PDP states a bring-up script meets. +CEREG stats are 3GPP TS 27.007 §10.1.22's (0 not registered,
 * 1 home, 2 searching, 5 roaming); a public BG95 log shows AT+QIACT=1 answering ERROR while the module is still
 * searching and OK once registered; a second AT+QIACT=1 on an activated context answers ERROR (zephyr's BG9x driver
 * deactivates and retries on it, zephyrproject-rtos/zephyr pull request 31325).
 */
class RegistrationStatesTest extends ModuleInStateTestBase {
    static final String ADDRESSES = "\"10.113.242.215\",\"2409:8930:434:5ACF:ACC8:DEB2:8B17:44DB\"";
    @Test
    void searchingThenRoaming() {
        start(ModuleProfile.BG96, "searching=1s", "roaming");
        assertEquals(List.of("+CEREG: 0,2", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIACT=1"));
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=1"));
        line.expect("+CEREG: 5");
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=0"));
        assertEquals(List.of("+CEREG: 0,5", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("OK"), line.exchange("AT+QIACT=1"));
    }

    @Test
    void roamingIsRegisteredWithStat5AndHasData() {
        start(ModuleProfile.EC25, "roaming");
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=2"));
        assertEquals(List.of("+CEREG: 2,5,\"550B\",\"5C4EF01\",7", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("+CGPADDR: 1," + ADDRESSES, "OK"), line.exchange("AT+CGPADDR=1"));
    }

    @Test
    void noServiceSearchesForGood() {
        start(ModuleProfile.EC25, "no-service");
        assertEquals(List.of("+CEREG: 0,2", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("+QENG: \"servingcell\",\"SEARCH\"", "OK"), line.exchange("AT+QENG=\"servingcell\""));
        assertEquals(List.of("+CSQ: 99,99", "OK"), line.exchange("AT+CSQ"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIACT=1"));
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=0"));
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=1"));
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=1"));
        line.expectSilence(java.time.Duration.ofMillis(300));
        assertEquals(List.of("+CEREG: 1,2", "OK"), line.exchange("AT+CEREG?"));
    }

    @Test
    void anAlreadyActiveContextRefusesASecondActivation() {
        start(ModuleProfile.EC25, "pdp-active");
        assertEquals(List.of("+QIACT: 1,1,3," + ADDRESSES, "OK"), line.exchange("AT+QIACT?"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIACT=1"));
        assertEquals(List.of("OK"), line.exchange("AT+QIDEACT=1"));
        assertEquals(List.of("OK"), line.exchange("AT+QIACT=1"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIACT=1"));
    }

    @Test
    void theDefaultBearerStillTakesTheFirstActivation() {
        start(ModuleProfile.EC25);
        assertEquals(List.of("OK"), line.exchange("AT+QIACT=1"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIACT=1"));
    }
}
