package io.atflow.launch.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IRegion;
import org.junit.jupiter.api.Test;

/** The name a hover evaluates: the dotted path up to the end of the word under the mouse. */
class ScriptValueHoverTest {
    private static final String LINE = "  send AT+QMTCONN=0,\"${meter.deviceName}\" // {grantedQos}";
    private final Document document = new Document(LINE);

    private String at(String text, int into) {
        IRegion r = ScriptValueHover.nameAt(document, LINE.indexOf(text) + into);
        return r == null ? null : LINE.substring(r.getOffset(), r.getOffset() + r.getLength());
    }

    @Test
    void aCaptureInBraces() {
        assertEquals("grantedQos", at("grantedQos", 4));
    }

    @Test
    void aFieldIsTheWholePath() {
        assertEquals("meter.deviceName", at("deviceName", 3));
    }

    @Test
    void theFirstPartOfAPathIsJustThatPart() {
        assertEquals("meter", at("meter", 2));
    }

    @Test
    void punctuationIsNoName() {
        assertNull(at("//", 1));
    }
}
