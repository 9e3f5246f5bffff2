package io.atflow.launch.ui.console;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.console.IPatternMatchListener;
import org.eclipse.ui.console.PatternMatchEvent;
import org.eclipse.ui.console.TextConsole;

import io.atflow.launch.console.SourceLocation;

/** Turns every {@code /p/x.atflow:23} in a run console into a link that opens the script at that line. */
final class SourceLinkMatcher implements IPatternMatchListener {
    private TextConsole console;

    @Override
    public void connect(TextConsole c) {
        this.console = c;
    }

    @Override
    public void disconnect() {
        console = null;
    }

    @Override
    public String getPattern() {
        return SourceLocation.REGEX;
    }

    @Override
    public int getCompilerFlags() {
        return 0;
    }

    @Override
    public String getLineQualifier() {
        return "\\.atflow:";
    }

    @Override
    public void matchFound(PatternMatchEvent event) {
        TextConsole c = console;
        if (c == null) {
            return;
        }
        try {
            String text = c.getDocument().get(event.getOffset(), event.getLength());
            for (SourceLocation l : SourceLocation.find(text)) {
                c.addHyperlink(new SourceHyperlink(l.path(), l.line()), event.getOffset() + l.offset(), l.length());
            }
        } catch (BadLocationException e) {
            // the text was trimmed away meanwhile (high-water mark): nothing to link
        }
    }
}
