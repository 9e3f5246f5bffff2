package io.atflow.cli.test;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The TAP 14 checker rejects what the specification forbids, so the report test can fail. */
class TapRulesTest {
    private static final String GOOD = """
            TAP version 14
            1..1
            # Subtest: s
                1..1
                not ok 1 - step
                  ---
                  message: "x"
                  ...
            not ok 1 - s
            """;

    @Test
    void aValidStreamPasses() {
        TapRules.check(GOOD);
    }

    @Test
    void violationsAreCaught() {
        assertThrows(AssertionFailedError.class, () -> TapRules.check(GOOD.replace("TAP version 14", "TAP version 13")));
        assertThrows(AssertionFailedError.class, () -> TapRules.check(GOOD.replace("1..1\n#", "1..2\n#")));
        assertThrows(AssertionFailedError.class, () -> TapRules.check(GOOD.replace("not ok 1 - s", "not ok 2 - s")));
        assertThrows(AssertionFailedError.class, () -> TapRules.check(GOOD.replace("      ...", "  ...")));
        assertThrows(AssertionFailedError.class, () -> TapRules.check(GOOD.replace("  message", "message")));
        assertThrows(AssertionFailedError.class, () -> TapRules.check(GOOD.replace("- step", "- step #1")));
        assertThrows(AssertionFailedError.class, () -> TapRules.check(GOOD.replace("    1..1\n", "")));
    }
}
