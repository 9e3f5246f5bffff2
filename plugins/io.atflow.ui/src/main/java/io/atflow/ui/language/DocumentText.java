package io.atflow.ui.language;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/** A document seen as a {@link CharSequence}, so the language's lexer reads only the part it scans. */
public record DocumentText(IDocument document) implements CharSequence {

    @Override
    public int length() {
        return document.getLength();
    }

    @Override
    public char charAt(int index) {
        try {
            return document.getChar(index);
        } catch (BadLocationException e) {
            throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        try {
            return document.get(start, end - start);
        } catch (BadLocationException e) {
            throw new IndexOutOfBoundsException(start + ".." + end);
        }
    }

    @Override
    public String toString() {
        return document.get();
    }
}
