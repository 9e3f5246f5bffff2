package io.atflow.ui.editor.highlighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.lang.ide.highlighting.TokenCategory;

/**
 * Flattens nested, overlapping styled ranges (a quoted argument with a placeholder inside) into disjoint tokens: each
 * range painted later wins where it overlaps earlier ones.
 */
public final class TokenPainter {
    private final TreeMap<Integer, TokenCategory> starts = new TreeMap<>();

    /** Paints {@code [offset, offset + length)} with {@code c}. */
    public void paint(int offset, int length, TokenCategory c) {
        if (length <= 0) {
            return;
        }
        int end = offset + length;
        Map.Entry<Integer, TokenCategory> atEnd = starts.floorEntry(end);
        TokenCategory after = atEnd == null ? null : atEnd.getValue();
        starts.subMap(offset, true, end, true).clear();
        starts.put(offset, c);
        starts.put(end, after);
    }

    /** The painted ranges in order, without the unpainted gaps. */
    public List<StyledToken> tokens() {
        List<StyledToken> out = new ArrayList<>();
        Map.Entry<Integer, TokenCategory> prev = null;
        for (Map.Entry<Integer, TokenCategory> e : starts.entrySet()) {
            if (prev != null && prev.getValue() != null && e.getKey() > prev.getKey()) {
                out.add(new StyledToken(prev.getKey(), e.getKey() - prev.getKey(), prev.getValue()));
            }
            prev = e;
        }
        return out;
    }
}
