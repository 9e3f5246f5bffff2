package io.atflow.lang.ide.folding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.testing.IdeTestLanguage;

/** Folding regions: multi-line declarations, steps, blocks, comments. */
class FoldingRegionsTest {

    @Test
    void multiLineElementsAndCommentRuns() {
        String text = """
                // header line one
                // header line two

                // single comment
                device meter {
                  productKey "pk1"
                  deviceName "dev1"
                }
                product one { productKey "pk2" }
                /* block
                   comment */
                step "s" {
                  send AT+CEREG? expect +CEREG: {n},{stat}
                  if stat != "1" {
                    fail "no"
                  }
                }
                """;
        List<String> folded = FoldingRegions.of(IdeTestLanguage.parse(text)).stream()
                .map(r -> text.substring(r.offset(), r.end()).lines().findFirst().orElseThrow() + (r.comment() ? " (comment)" : ""))
                .toList();
        assertEquals(List.of("// header line one (comment)", "device meter {", "/* block (comment)", "step \"s\" {",
                "{"), folded);
    }
}
