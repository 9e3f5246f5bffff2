package io.atflow.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DefaultIndentLineAutoEditStrategy;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Indentation as the formatter lays it out (two blanks per block): Enter after {@code {} indents the new line, and
 * between {@code {} and {@code }} puts the brace on a line of its own; a {@code }} typed on a blank line is dedented.
 */
public final class ScriptAutoIndent extends DefaultIndentLineAutoEditStrategy {
    static final String INDENT = "  ";

    @Override
    public void customizeDocumentCommand(IDocument d, DocumentCommand c) {
        try {
            if (c.length == 0 && c.text != null && TextUtilities.endsWith(d.getLegalLineDelimiters(), c.text) != -1
                    && c.text.strip().isEmpty()) {
                newline(d, c);
            } else if (c.length == 0 && "}".equals(c.text)) {
                closing(d, c);
            } else {
                super.customizeDocumentCommand(d, c);
            }
        } catch (BadLocationException e) {
            super.customizeDocumentCommand(d, c);
        }
    }

    private static void newline(IDocument d, DocumentCommand c) throws BadLocationException {
        IRegion line = d.getLineInformationOfOffset(c.offset);
        String before = d.get(line.getOffset(), c.offset - line.getOffset());
        String indent = before.substring(0, before.length() - before.stripLeading().length());
        String rest = d.get(c.offset, line.getOffset() + line.getLength() - c.offset);
        if (before.stripTrailing().endsWith("{")) {
            c.text = c.text + indent + INDENT;
            if (rest.stripLeading().startsWith("}")) {
                c.caretOffset = c.offset + c.text.length();
                c.shiftsCaret = false;
                c.text = c.text + TextUtilities.getDefaultLineDelimiter(d) + indent;
            }
        } else {
            c.text = c.text + indent;
        }
    }

    private static void closing(IDocument d, DocumentCommand c) throws BadLocationException {
        IRegion line = d.getLineInformationOfOffset(c.offset);
        String before = d.get(line.getOffset(), c.offset - line.getOffset());
        if (!before.isBlank() || before.length() < INDENT.length()) {
            return;
        }
        c.offset = line.getOffset();
        c.length = before.length();
        c.text = before.substring(INDENT.length()) + "}";
    }
}
