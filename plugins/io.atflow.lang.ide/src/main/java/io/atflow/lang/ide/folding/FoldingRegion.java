package io.atflow.lang.ide.folding;

/**
 * A foldable part of a script: {@code length} characters from {@code offset}, spanning several lines. {@code comment}
 * regions (the header comment, block comments) are the ones an editor may fold initially.
 */
public record FoldingRegion(int offset, int length, boolean comment) {

    public int end() {
        return offset + length;
    }
}
