package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinalResultCodeTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "OK                         => OK, -1, '', true",
        "ERROR                      => ERROR, -1, '', false",
        "+CME ERROR: 10             => CME_ERROR, 10, '', false",
        "+CME ERROR: SIM not inserted => CME_ERROR, -1, SIM not inserted, false",
        "+CMS ERROR: 500            => CMS_ERROR, 500, '', false",
        "NO CARRIER                 => NO_CARRIER, -1, '', false",
        "BUSY                       => BUSY, -1, '', false",
        "NO ANSWER                  => NO_ANSWER, -1, '', false",
        "NO DIALTONE                => NO_DIALTONE, -1, '', false",
        "CONNECT                    => CONNECT, -1, '', true",
        "CONNECT 115200             => CONNECT, -1, 115200, true",
        "SEND OK                    => SEND_OK, -1, '', true",
        "SEND FAIL                  => SEND_FAIL, -1, '', false" })
    void parsesEveryCode(String line, String expected) {
        String[] e = expected.split(", ", -1);
        FinalResultCode code = FinalResultCode.parse(line).orElseThrow();
        assertEquals(FinalResultCode.Kind.valueOf(e[0]), code.kind());
        assertEquals(Integer.parseInt(e[1]), code.number());
        assertEquals(e[2].replace("'", ""), code.text());
        assertEquals(Boolean.parseBoolean(e[3]), code.isSuccess());
        assertEquals(line, code.line());
    }

    @ParameterizedTest
    @ValueSource(strings = { "OK1", "ok", "+CSQ: 20,99", "ERRORS", "CONNECTED", "RDY", "+CME ERRORS: 3", "SEND OKAY", "SEND",
        "" })
    void otherLinesAreNoFinalCode(String line) {
        assertTrue(FinalResultCode.parse(line).isEmpty(), line);
    }
}
