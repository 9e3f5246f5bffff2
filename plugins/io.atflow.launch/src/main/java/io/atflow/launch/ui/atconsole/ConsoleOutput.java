package io.atflow.launch.ui.atconsole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.atflow.launch.console.ConsoleLine;
import io.atflow.launch.ui.console.ConsoleStyles;
import io.atflow.launch.urc.RefreshCoalescer;

/**
 * The AT console's transcript pane: coloured, timestamped lines appended from any thread in coalesced batches; the
 * oldest text is trimmed beyond {@link #MAX_CHARS}.
 */
final class ConsoleOutput {
    /** Characters kept in the pane. */
    static final int MAX_CHARS = 2_000_000;

    private final StyledText text;
    private final ConcurrentLinkedQueue<ConsoleLine> pending = new ConcurrentLinkedQueue<>();
    private final RefreshCoalescer coalescer;

    ConsoleOutput(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setFont(JFaceResources.getTextFont());
        Display display = parent.getDisplay();
        coalescer = new RefreshCoalescer(r -> display.asyncExec(r), this::drain);
    }

    /** Queues a line; any thread. */
    void append(ConsoleLine line) {
        pending.add(line);
        coalescer.request();
    }

    private void drain() {
        if (text.isDisposed()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        int base = text.getCharCount();
        for (ConsoleLine line = pending.poll(); line != null; line = pending.poll()) {
            String s = line.format() + "\n";
            StyleRange r = new StyleRange(base + b.length(), s.length() - 1, ConsoleStyles.color(line.kind()), null,
                    ConsoleStyles.fontStyle(line.kind()));
            styles.add(r);
            b.append(s);
        }
        if (b.isEmpty()) {
            return;
        }
        text.append(b.toString());
        for (StyleRange r : styles) {
            text.setStyleRange(r);
        }
        trim();
        text.setTopIndex(text.getLineCount() - 1);
    }

    private void trim() {
        int excess = text.getCharCount() - MAX_CHARS;
        if (excess > 0) {
            int line = text.getLineAtOffset(excess);
            int cut = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : text.getCharCount();
            text.replaceTextRange(0, cut, "");
        }
    }

    void clear() {
        pending.clear();
        text.setText("");
    }

    String text() {
        return text.getText();
    }

    StyledText control() {
        return text;
    }
}
