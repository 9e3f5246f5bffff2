package io.atflow.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The --fault syntax. */
class FaultSpecTest {

    @Test
    void kindValueAndTime() {
        assertEquals(new FaultSpec(FaultKind.DROP_LINK, null, Duration.ofSeconds(5)), FaultSpec.parse("drop-link@5s"));
        assertEquals(new FaultSpec(FaultKind.DROP_LINK, "1", Duration.ofMinutes(2)), FaultSpec.parse("drop-link=1@2m"));
        assertEquals(new FaultSpec(FaultKind.SLOW, "50ms", null), FaultSpec.parse("slow=50ms"));
        assertEquals(new FaultSpec(FaultKind.DEREGISTER, "10s", Duration.ofMillis(20_500)),
                FaultSpec.parse("deregister=10s@20.5s"));
        FaultSpec noise = FaultSpec.parse("noise");
        assertNull(noise.at());
        assertEquals(0.3, noise.probability("noise"));
        assertEquals(3, FaultSpec.parse("chunk=3").chunkSize("chunk=3"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "boom => unknown fault \"boom\"; use one of drop-link, reboot, noise, slow, chunk, deregister",
        "drop-link=7 => fault \"drop-link=7\": the client index must be 0..5",
        "reboot=now => fault \"reboot=now\": reboot takes no value",
        "noise=2 => fault \"noise=2\": the noise probability must be a number 0..1",
        "slow => fault \"slow\" needs a pause, e.g. slow=20ms",
        "chunk=0 => fault \"chunk=0\" needs a chunk size in bytes, e.g. chunk=3",
        "reboot@soon => the time of fault \"reboot@soon\" must be a duration such as 500ms, 5s or 2m, not \"soon\"" })
    void mistakesAreOneSentence(String spec, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse(spec)).getMessage());
    }
}
