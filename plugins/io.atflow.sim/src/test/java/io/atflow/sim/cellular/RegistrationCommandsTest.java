package io.atflow.sim.cellular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleInStateTestBase;
import io.atflow.sim.ModuleProfile;

/**
 * AT+CREG, AT+CGREG and AT+COPS beside AT+CEREG (3GPP TS 27.007 §7.2, §10.1.20, §7.3): a registered EC21 answers
 * {@code +CREG: 0,1}, {@code +CGREG: 0,1}, {@code +CEREG: 0,1} (SeeedJP/WioLTEforArduino issue 5); a BG770A-GL
 * without a network {@code +CREG: 0,2}, {@code +COPS: 0} and the test form {@code +CREG: (0-2)}
 * (w1ne/labwired-core at_harvest.log). {@code <n>} 2 adds {@code ,"<tac>","<ci>",<AcT>} (27.007 §7.2).
 */
class RegistrationCommandsTest extends ModuleInStateTestBase {
    @Test
    void registeredOnLteEveryDomainReportsTheSameStatus() {
        start(ModuleProfile.EC21);
        assertEquals(List.of("+CREG: 0,1", "OK"), line.exchange("AT+CREG?"));
        assertEquals(List.of("+CGREG: 0,1", "OK"), line.exchange("AT+CGREG?"));
        assertEquals(List.of("+CEREG: 0,1", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("+COPS: 0,0,\"CHINA MOBILE\",7", "OK"), line.exchange("AT+COPS?"));
        assertEquals(List.of("OK"), line.exchange("AT+CREG=2"));
        assertEquals(List.of("+CREG: 2,1,\"550B\",\"5C4EF01\",7", "OK"), line.exchange("AT+CREG?"));
        assertEquals(List.of("+CEREG: 0,1", "OK"), line.exchange("AT+CEREG?"));
    }

    @Test
    void withoutANetworkTheModuleSearchesAndNamesNoOperator() {
        start(ModuleProfile.BG770A, "no-service");
        assertEquals(List.of("+CREG: 0,2", "OK"), line.exchange("AT+CREG?"));
        assertEquals(List.of("+CGREG: 0,2", "OK"), line.exchange("AT+CGREG?"));
        assertEquals(List.of("+COPS: 0", "OK"), line.exchange("AT+COPS?"));
        assertEquals(List.of("+CREG: (0-2)", "OK"), line.exchange("AT+CREG=?"));
    }

    @Test
    void aLostNetworkIsReportedByEveryEnabledDomain() {
        start(ModuleProfile.BG96);
        assertEquals(List.of("OK"), line.exchange("AT+CREG=1"));
        assertEquals(List.of("OK"), line.exchange("AT+CGREG=1"));
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=4"));
        line.expect("+CGREG: 0", "+CREG: 0", "+QIURC: \"pdpdeact\",1");
        assertEquals(List.of("+COPS: 0", "OK"), line.exchange("AT+COPS?"));
    }
}
