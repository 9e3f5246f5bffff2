package io.atflow.launch.ui.atconsole;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.atflow.launch.interactive.AtProposals;

/**
 * The AT console's input line: Enter submits, Up/Down walk the history, content assist (Ctrl+Space, or typing after
 * {@code AT+}) proposes the catalog's commands with their documentation.
 */
final class InputLine {
    /** Content assist key. */
    static final String ASSIST_KEY = "Ctrl+Space";

    private final Label prompt;
    private final Text text;
    private final ContentProposalAdapter assist;
    private final List<String> history = new ArrayList<>();
    private int historyIndex;
    private boolean accepting;

    InputLine(Composite parent, AtProposals proposals, Consumer<String> submit) {
        prompt = new Label(parent, SWT.NONE);
        text = new Text(parent, SWT.SINGLE | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        assist = new ContentProposalAdapter(text, new TextContentAdapter(), (content, position) -> proposals
                .proposals(content, position).stream()
                .map(p -> (IContentProposal) new ContentProposal(p.text(), p.label(), p.description()))
                .toArray(IContentProposal[]::new), keyStroke(), "+".toCharArray());
        assist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        assist.setAutoActivationDelay(300);
        assist.addContentProposalListener(p -> {
            accepting = true;
            text.getDisplay().asyncExec(() -> accepting = false);
        });
        text.addListener(SWT.DefaultSelection, e -> {
            if (accepting || assist.isProposalPopupOpen()) {
                return;
            }
            String line = text.getText();
            if (!line.isBlank()) {
                history.add(line);
            }
            historyIndex = history.size();
            text.setText("");
            submit.accept(line);
        });
        text.addListener(SWT.KeyDown, e -> {
            if (assist.isProposalPopupOpen() || history.isEmpty()) {
                return;
            }
            if (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN) {
                historyIndex = Math.max(0, Math.min(history.size(), historyIndex + (e.keyCode == SWT.ARROW_UP ? -1 : 1)));
                text.setText(historyIndex < history.size() ? history.get(historyIndex) : "");
                text.setSelection(text.getText().length());
                e.doit = false;
            }
        });
    }

    private static KeyStroke keyStroke() {
        try {
            return KeyStroke.getInstance(ASSIST_KEY);
        } catch (org.eclipse.jface.bindings.keys.ParseException e) {
            return null;
        }
    }

    /** The label in front of the input, e.g. {@code AT>} or {@code data for AT+QMTPUBEX>}. */
    void setPrompt(String value) {
        prompt.setText(value);
        prompt.getParent().layout(true);
    }

    void setEnabled(boolean enabled) {
        text.setEnabled(enabled);
    }

    Text control() {
        return text;
    }

    ContentProposalAdapter assist() {
        return assist;
    }
}
