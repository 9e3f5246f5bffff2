package io.atflow.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Fresh secrets and tokens compare by shape; everything else byte for byte. */
class LineMatcherTest {
    final LineMatcher matcher = new LineMatcher(VolatileValues.defaults());

    @Test
    void issuedValuesMatchByShapeAndAreReported() {
        String logged = "+QMTRECV: 0,0,\"/ext/regnwl\",\"{\"clientId\":\"KzLKNeWyE7SxiWLuPpZQ000100\",\"productKey\":"
                + "\"i2uq9ORmOSM\",\"deviceName\":\"Kit001\",\"deviceToken\":\"^1^1681709523062^c5cce0a49b03685\"}\"";
        String seen = logged.replace("KzLKNeWyE7SxiWLuPpZQ000100", "Ab3dEfGhIjKlMnOpQrSt000100")
                .replace("^1^1681709523062^c5cce0a49b03685", "^1^1790000000000^0123456789abcde");
        assertEquals(Optional.of(Map.of("KzLKNeWyE7SxiWLuPpZQ000100", "Ab3dEfGhIjKlMnOpQrSt000100",
                "^1^1681709523062^c5cce0a49b03685", "^1^1790000000000^0123456789abcde")), matcher.match(logged, seen));
    }

    @Test
    void aValueOfAnotherShapeOrAnyOtherDifferenceFails() {
        String logged = "{\"deviceToken\":\"^1^1681709523062^c5cce0a49b03685\",\"productKey\":\"pk\"}";
        assertTrue(matcher.match(logged, logged.replace("^1^1681709523062^", "1681709523062-")).isEmpty());
        assertTrue(matcher.match(logged, logged.replace("\"pk\"", "\"pK\"")).isEmpty());
        assertTrue(matcher.match("+QMTSUB: 0,1,0,1", "+QMTSUB: 0,1,0,0").isEmpty());
        assertEquals(Optional.of(Map.of()), matcher.match("OK", "OK"));
    }

    @Test
    void substitutionsReplaceLongestFirst() {
        Substitutions s = new Substitutions();
        s.addAll(Map.of("ab", "X", "abc", "Y"));
        assertEquals("Y-X", s.apply("abc-ab"));
    }
}
