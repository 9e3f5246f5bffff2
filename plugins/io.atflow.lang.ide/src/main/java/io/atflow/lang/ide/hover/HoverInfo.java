package io.atflow.lang.ide.hover;

/** Markdown for a hover and the document range it describes. */
public record HoverInfo(String markdown, int offset, int length) {
}
