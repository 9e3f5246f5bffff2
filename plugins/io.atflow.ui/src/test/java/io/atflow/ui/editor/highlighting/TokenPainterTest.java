package io.atflow.ui.editor.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.lang.ide.highlighting.TokenCategory;

/** Nested and overlapping semantic ranges become disjoint tokens; later ranges win. */
class TokenPainterTest {

    @Test
    void nestedRangesSplitTheOuterOne() {
        TokenPainter p = new TokenPainter();
        p.paint(10, 10, TokenCategory.STRING);
        p.paint(12, 3, TokenCategory.INTERPOLATION);
        p.paint(0, 4, TokenCategory.COMMAND);
        assertEquals(List.of(new StyledToken(0, 4, TokenCategory.COMMAND), new StyledToken(10, 2, TokenCategory.STRING),
                new StyledToken(12, 3, TokenCategory.INTERPOLATION), new StyledToken(15, 5, TokenCategory.STRING)),
                p.tokens());
    }

    @Test
    void overlappingRangesAndEmptyOnes() {
        TokenPainter p = new TokenPainter();
        p.paint(0, 10, TokenCategory.STRING);
        p.paint(5, 10, TokenCategory.SECRET);
        p.paint(7, 0, TokenCategory.NUMBER);
        assertEquals(List.of(new StyledToken(0, 5, TokenCategory.STRING), new StyledToken(5, 10, TokenCategory.SECRET)),
                p.tokens());
    }
}
