package io.atflow.engine.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credential values are masked by their JSON key, before anyone knows them, and learned as secrets. */
class CredentialFieldsTest {
    final CredentialFields fields = CredentialFields.of(Set.of("deviceSecret", "deviceToken"));

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"s3cr3tV4lue\"}\" => +QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"****\"}\"",
        "{\\\"deviceToken\\\" : \\\"tok-123456\\\",\\\"id\\\":1}             => {\\\"deviceToken\\\" : \\\"****\\\",\\\"id\\\":1}",
        "{\"deviceName\":\"dev-1\"}                                          => {\"deviceName\":\"dev-1\"}" })
    void valuesOfCredentialKeysAreMasked(String in, String out) {
        assertEquals(out, fields.mask(in, v -> { }));
    }

    @Test
    void aMaskerLearnsTheValueAndMasksItEverywhereFromThenOn() {
        SecretMasker masker = new SecretMasker(List.of(), fields);
        List<String> learned = new ArrayList<>();
        masker.onLearned(learned::add);
        byte[] reply = "+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"s3cr3tV4lue\"}\"\r\n"
                .getBytes(StandardCharsets.UTF_8);
        String shown = new String(masker.mask(reply, 0, reply.length), StandardCharsets.UTF_8);
        assertEquals("+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"****\"}\"\r\n", shown);
        assertEquals(List.of("s3cr3tV4lue"), learned);
        assertEquals("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"****\"",
                masker.mask("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"s3cr3tV4lue\""));
        masker.mask(reply, 0, reply.length);
        assertEquals(List.of("s3cr3tV4lue"), learned, "each value is reported once");
    }

    @Test
    void shortValuesAreMaskedInTheFieldButNotLearned() {
        SecretMasker masker = new SecretMasker(List.of(), fields);
        assertEquals("{\"deviceToken\":\"****\"}", masker.mask("{\"deviceToken\":\"ab\"}"));
        assertTrue(masker.isEmpty(), "a two-character value would mask ordinary text");
    }

    @Test
    void bytesThatAreNotUtf8SurviveFieldMasking() {
        SecretMasker masker = new SecretMasker(List.of(), fields);
        byte[] noisy = { (byte) 0xff, '{', '"', 'd', 'e', 'v', 'i', 'c', 'e', 'T', 'o', 'k', 'e', 'n', '"', ':', '"',
            'a', 'b', 'c', 'd', 'e', '"', '}', (byte) 0xfe };
        byte[] out = masker.mask(noisy, 0, noisy.length);
        assertEquals((byte) 0xff, out[0]);
        assertEquals((byte) 0xfe, out[out.length - 1]);
        assertEquals("{\"deviceToken\":\"****\"}", new String(out, 1, out.length - 2, StandardCharsets.ISO_8859_1));
    }

    /**
     * The transcript used to be rewritten after a run to catch an issued secret whose field a chunk boundary had cut;
     * the stream now masks a cut field to its closing quote, so no split point shows any of the value (the
     * application note's registration reply, §4.2).
     */
    @Test
    void anIssuedSecretCutAtAnyPointIsNeverShown() {
        String issued = "d2a03b64a5e06b051f481136668133cf";
        for (String stream : List.of("\r\n+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"" + issued
                + "\",\"productKey\":\"i2uqZnX9tZK\"}\"\r\n", "{\\\"deviceSecret\\\":\\\"" + issued + "\\\"}")) {
            cutAnywhere(stream, issued);
        }
    }

    private void cutAnywhere(String stream, String issued) {
        byte[] all = stream.getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= all.length; split++) {
            SecretMasker.Stream s = new SecretMasker(List.of(), fields).stream();
            java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
            shown.writeBytes(s.feed(all, 0, split));
            shown.writeBytes(s.feed(all, split, all.length - split));
            shown.writeBytes(s.finish());
            String text = shown.toString(StandardCharsets.UTF_8);
            assertEquals(stream.replace(issued, "****"), text, "split at " + split);
        }
    }
}
