package io.atflow.lang.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** A short seeded fuzz of parser, validator and formatter over the kept corpus (longer runs: bench/lang/fuzz.sh). */
class FuzzTest {

    @Test
    void corpusItselfIsHandled() throws IOException {
        for (byte[] input : FuzzCheck.corpus()) {
            assertNull(FuzzCheck.check(input));
        }
    }

    @Test
    void mutatedCorpus() throws IOException {
        List<byte[]> corpus = FuzzCheck.corpus();
        Mutator m = new Mutator(20_260_126L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            String f = FuzzCheck.check(m.mutate(corpus.get(i % corpus.size())));
            if (f != null) {
                failures.add(i + ": " + f);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void randomBytes() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[r.nextInt(2000)];
            for (int j = 0; j < b.length; j++) {
                b[j] = (byte) r.nextInt(i % 2 == 0 ? 128 : 256);
            }
            assertNull(FuzzCheck.check(b), () -> "random input failed");
        }
    }
}
