package io.atflow.engine.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskerTest {
    static final String DS = "c4fa40df9c8078073d75a26be2bc8f58";
    final SecretMasker masker = new SecretMasker(List.of(DS, "pw", ""));

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"c4fa40df9c8078073d75a26be2bc8f58\" => AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"****\"",
        "c4fa40df9c8078073d75a26be2bc8f58c4fa40df9c8078073d75a26be2bc8f58      => ********",
        "user pw and pwpw                                                       => user **** and ********",
        "nothing secret here                                                    => nothing secret here" })
    void masksEveryOccurrenceInTextAndBytes(String in, String out) {
        assertEquals(out, masker.mask(in));
        byte[] b = in.getBytes(StandardCharsets.UTF_8);
        assertEquals(out, new String(masker.mask(b, 0, b.length), StandardCharsets.UTF_8));
    }

    @Test
    void aSecretSplitAcrossTwoChunksIsMaskedAtEverySplitPoint() {
        String stream = "\r\n+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"" + DS + "\"}\"\r\n";
        byte[] all = stream.getBytes(StandardCharsets.UTF_8);
        String expected = stream.replace(DS, "****");
        for (int split = 0; split <= all.length; split++) {
            SecretMasker.Stream s = masker.stream();
            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            shown.writeBytes(s.feed(all, 0, split));
            shown.writeBytes(s.feed(all, split, all.length - split));
            shown.writeBytes(s.finish());
            assertEquals(expected, shown.toString(StandardCharsets.UTF_8), "split at " + split);
        }
    }

    @Test
    void oneByteChunksAndAHeldStartThatIsNoSecret() {
        SecretMasker.Stream s = masker.stream();
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        byte[] all = ("c4fa-not-it " + DS + " p").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < all.length; i++) {
            shown.writeBytes(s.feed(all, i, 1));
        }
        shown.writeBytes(s.finish());
        assertEquals("c4fa-not-it **** p", shown.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTruncatedSecretAtTheEndIsStillHidden() {
        SecretMasker.Stream s = masker.stream();
        byte[] cut = ("x" + DS.substring(0, 10)).getBytes(StandardCharsets.UTF_8);
        assertEquals("x", new String(s.feed(cut, 0, cut.length), StandardCharsets.UTF_8));
        assertEquals("****", new String(s.finish(), StandardCharsets.UTF_8));
    }

    @Test
    void secretsAddedLaterAreMaskedFromThenOn() {
        SecretMasker m = SecretMasker.none();
        assertEquals("token abc123", m.mask("token abc123"));
        m.add("abc123");
        assertEquals("token ****", m.mask("token abc123"));
    }
}
