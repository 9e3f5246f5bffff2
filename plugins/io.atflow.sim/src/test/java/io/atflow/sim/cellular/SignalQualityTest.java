package io.atflow.sim.cellular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleTestBase;

/** AT+CSQ: a signal while registered, 99,99 without a network. */
class SignalQualityTest extends ModuleTestBase {
    @Test
    void registeredModuleReportsTheServingCellsSignal() {
        assertEquals(List.of("+CSQ: 21,99", "OK"), line.exchange("AT+CSQ"));
        assertEquals(List.of("+CSQ: (0-31,99),(0-7,99)", "OK"), line.exchange("AT+CSQ=?"));
        assertEquals(List.of("ERROR"), line.exchange("AT+CSQ?"));
    }

    @Test
    void withoutNetworkTheSignalIsUnknown() {
        line.exchange("AT+CFUN=4");
        List<String> answer = line.exchange("AT+CSQ").stream().filter(l -> !l.startsWith("+QIURC")).toList();
        assertEquals(List.of("+CSQ: 99,99", "OK"), answer);
    }
}
