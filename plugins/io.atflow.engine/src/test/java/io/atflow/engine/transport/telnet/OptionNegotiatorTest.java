package io.atflow.engine.transport.telnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Option negotiation by RFC 854's rules, bytes written by hand: IAC 0xFF, WILL 0xFB, WONT 0xFC, DO 0xFD, DONT 0xFE. */
class OptionNegotiatorTest {
    final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    final OptionNegotiator n = new OptionNegotiator(Set.of(0, 44), Set.of(0, 3), wire::writeBytes);

    String sent() {
        String s = HexFormat.ofDelimiter(" ").formatHex(wire.toByteArray());
        wire.reset();
        return s;
    }

    @Test
    void aPeerOfferArrivingBeforeOurRequestIsAgreedOnceAndNotAskedAgain() throws Exception {
        n.received(Telnet.WILL, 3); // the server offers SUPPRESS-GO-AHEAD first (ser2net does)
        assertEquals("ff fd 03", sent());
        n.request(); // WILL BINARY, WILL COM-PORT, DO BINARY; no second DO SGA
        assertEquals("ff fb 00 ff fb 2c ff fd 00", sent());
        assertFalse(n.awaitAnswers(50));
        assertEquals("WILL BINARY, WILL COM-PORT-OPTION, DO BINARY", n.unanswered());
        n.received(Telnet.DO, 0);
        n.received(Telnet.DO, 44);
        n.received(Telnet.WILL, 0);
        assertEquals("", sent()); // answers to our requests are not answered again
        assertTrue(n.awaitAnswers(50));
        assertEquals(OptionNegotiator.Status.ON, n.remote(3));
    }

    @Test
    void refusalsAndSwitchOffsFollowRfc854() throws Exception {
        n.request();
        sent();
        n.received(Telnet.DONT, 44); // refuses our COM-PORT: no answer to a refusal of our own request
        assertEquals("", sent());
        assertEquals(OptionNegotiator.Status.REFUSED, n.local(44));
        n.received(Telnet.DO, 0);
        n.received(Telnet.DONT, 0); // switches BINARY off again: acknowledged with WONT once
        assertEquals("ff fc 00", sent());
        n.received(Telnet.DONT, 0);
        assertEquals("", sent());
        n.received(Telnet.DO, 24); // TERMINAL-TYPE: not ours
        n.received(Telnet.DO, 24);
        assertEquals("ff fc 18", sent());
    }
}
