package io.atflow.ui.tests.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

import io.atflow.ui.editor.ScriptEditor;

import io.atflow.ui.tests.support.Widgets;

/**
 * The editor's quick fix popup as a user drives it: the caret on the problem, Ctrl+1 (the Quick Fix command the key
 * is bound to), a proposal picked by its text and Enter.
 */
final class QuickAssistPopup {
    private QuickAssistPopup() {
    }

    /** Puts the caret at {@code offset} and runs the command Ctrl+1 runs; the popup opens on the UI thread. */
    static void open(ScriptEditor editor, int offset) throws CommandException {
        editor.setFocus();
        editor.selectAndReveal(offset, 0);
        Ui.drain();
        editor.getSite().getService(IHandlerService.class).executeCommand(ITextEditorActionDefinitionIds.QUICK_ASSIST,
                null);
    }

    /** Waits for the shown popup that lists {@code label}; returns its proposal list. */
    static Table awaitProposal(String label) {
        Ui.until(() -> table(label) != null, () -> "a quick fix popup listing '" + label + "'; shown: " + shown());
        return table(label);
    }

    /** The shown proposal list with an entry whose text is {@code label}, or null. */
    static Table table(String label) {
        return Widgets.findShown(Table.class, t -> !t.getShell().equals(Ui.shell()) && index(t, label) >= 0);
    }

    /** Selects the proposal {@code label} and presses Enter in the editor, as the user picks it. */
    static void choose(ScriptEditor editor, String label) {
        Table table = awaitProposal(label);
        table.setSelection(index(table, label));
        table.notifyListeners(SWT.Selection, new Event());
        Event enter = new Event();
        enter.keyCode = SWT.CR;
        enter.character = '\r';
        editor.sourceViewer().getTextWidget().notifyListeners(SWT.KeyDown, enter);
        Ui.until(() -> table.isDisposed() || !table.isVisible(), "the popup to close after Enter");
    }

    static int index(Table table, String label) {
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** The texts of every shown list outside the workbench window (for failure messages). */
    static List<String> shown() {
        List<String> out = new ArrayList<>();
        Widgets.findShown(Table.class, t -> {
            if (!t.getShell().equals(Ui.shell())) {
                out.addAll(Arrays.stream(t.getItems()).map(TableItem::getText).toList());
            }
            return false;
        });
        return out;
    }
}
