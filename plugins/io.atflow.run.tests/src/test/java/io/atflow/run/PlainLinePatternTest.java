package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/**
 * Plain response lines ({@code Quectel}, {@code Revision: ...}) written as the syntax error message suggests them
 * (a whole-line regular expression, captures as named groups) match what the module prints at run time.
 */
class PlainLinePatternTest {
    @TempDir
    Path dir;

    @Test
    void theSuggestedRegularExpressionsMatchTheLinesOfAti() {
        try (FakeModule m = FakeModule.start()) {
            // ATI as a Quectel EC25 prints it: maker, model, revision, then the final result
            m.answer("ATI", "Quectel", "EC25", "Revision: EC25EFAR06A03M4G", "OK");
            Runs.Outcome o = Runs.run(dir, """
                    send ATI expect /Quectel/
                    send ATI expect /Revision: (?<rev>.*)/
                    log "revision ${rev}"
                    """, m.target());
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("revision EC25EFAR06A03M4G"), o.logs());
        }
    }

    @Test
    void aLineThatIsNotThereFailsWithWhatCame() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("ATI", "Quectel", "EC25", "Revision: EC25EFAR06A03M4G", "OK");
            Runs.Outcome o = Runs.run(dir, "send ATI expect /SIMCOM/\n", m.target());
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals("expected /SIMCOM/, got Quectel, EC25, Revision: EC25EFAR06A03M4G, OK", o.result().message());
        }
    }
}
