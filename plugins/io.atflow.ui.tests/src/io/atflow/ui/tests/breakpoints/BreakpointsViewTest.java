package io.atflow.ui.tests.breakpoints;

import static io.atflow.ui.tests.breakpoints.BreakpointFixture.doubleClickRuler;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.example;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.lineBreakpoints;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.manager;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.open;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.ui.AbstractDebugView;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.debug.breakpoints.EventBreakpoints;
import io.atflow.launch.debug.breakpoints.ScriptEventBreakpoint;
import io.atflow.launch.debug.breakpoints.ScriptLineBreakpoint;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.tests.support.UiWait;
import io.atflow.ui.tests.support.Widgets;

/** The Breakpoints view: ATFlow breakpoints listed with check boxes, the event breakpoints' actions, the detail pane. */
class BreakpointsViewTest {
    static final String FAILURE = "io.atflow.launch.suspendOnFailure";
    static final String URC = "io.atflow.launch.suspendOnUrc";

    @AfterEach
    void clean() throws Exception {
        page().closeAllEditors(false);
        BreakpointFixture.removeAll();
    }

    static AbstractDebugView breakpointsView() throws Exception {
        AbstractDebugView view = (AbstractDebugView) page().showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        UiWait.drain();
        return view;
    }

    static Tree tree(AbstractDebugView view) {
        return (Tree) view.getViewer().getControl();
    }

    /** The texts of the view's rows as shown, with [x] / [ ] for the check box. */
    static List<String> rows(Tree tree) {
        List<String> rows = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            rows.add((item.getChecked() ? "[x] " : "[ ] ") + item.getText());
        }
        return rows;
    }

    static void waitForRows(Tree tree, List<String> expected) {
        UiWait.until(() -> rows(tree).equals(expected), () -> "the Breakpoints view to show " + expected + ", it shows "
                + rows(tree));
    }

    static TreeItem row(Tree tree, String text) {
        for (TreeItem item : tree.getItems()) {
            if (item.getText().equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no row " + text + " in " + rows(tree));
    }

    /** Clicks the check box of a row as a person does. */
    static void clickCheckBox(Tree tree, TreeItem item) {
        item.setChecked(!item.getChecked());
        Event e = new Event();
        e.detail = SWT.CHECK;
        e.item = item;
        e.widget = tree;
        tree.notifyListeners(SWT.Selection, e);
        UiWait.drain();
    }

    @Test
    void suspendOnFailureIsAToggleAndItsCheckBoxEnablesIt() throws Exception {
        AbstractDebugView view = breakpointsView();
        Tree tree = tree(view);
        IHandlerService handlers = view.getSite().getService(IHandlerService.class);
        handlers.executeCommand(FAILURE, null);
        waitForRows(tree, List.of("[x] Suspend on failure"));
        ScriptEventBreakpoint failure = new EventBreakpoints(manager()).failure();
        assertNotNull(failure);
        assertTrue(failure.isEnabled());

        clickCheckBox(tree, row(tree, "Suspend on failure"));
        UiWait.until(() -> !enabled(failure), "the check box to disable the breakpoint");
        waitForRows(tree, List.of("[ ] Suspend on failure"));
        clickCheckBox(tree, row(tree, "Suspend on failure"));
        UiWait.until(() -> enabled(failure), "the check box to enable the breakpoint");

        handlers.executeCommand(FAILURE, null);
        waitForRows(tree, List.of());
        assertNull(new EventBreakpoints(manager()).failure());
    }

    @Test
    void suspendOnUrcAsksForAPatternInTheLanguagesSyntax() throws Exception {
        AbstractDebugView view = breakpointsView();
        Tree tree = tree(view);
        IHandlerService handlers = view.getSite().getService(IHandlerService.class);
        AtomicReference<String> shownError = new AtomicReference<>();
        AtomicReference<Boolean> okWhileWrong = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable fill = new Runnable() {
            @Override
            public void run() {
                if (dialog("Suspend on URC") == null) { // not open yet: look again soon
                    tree.getDisplay().timerExec(50, this);
                    return;
                }
                try {
                    fillUrcDialog(shownError, okWhileWrong);
                } catch (Throwable t) {
                    failed.set(t);
                    dialog("Suspend on URC").close();
                }
            }
        };
        tree.getDisplay().asyncExec(fill);
        handlers.executeCommand(URC, null);
        if (failed.get() != null) {
            throw new AssertionError("filling in the dialog", failed.get());
        }
        assertEquals("The URC pattern +QMTSTAT: 0,{Err} does not parse: capture {Err} must be a name starting with a"
                + " lower-case letter.", shownError.get());
        assertFalse(okWhileWrong.get(), "OK is disabled while the pattern does not parse");
        waitForRows(tree, List.of("[x] Suspend on URC +QMTSTAT: 0,{err}"));
        assertEquals("+QMTSTAT: 0,{err}", new EventBreakpoints(manager()).all().get(0).urcPattern());
    }

    /** Runs inside the dialog's event loop: a wrong pattern first, then a right one, then OK. */
    static void fillUrcDialog(AtomicReference<String> shownError, AtomicReference<Boolean> okWhileWrong) {
            Shell dialog = dialog("Suspend on URC");
            Text pattern = Widgets.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0);
            Button ok = Widgets.find(dialog, Button.class, b -> b.getText().equals("OK"));
            pattern.setText("+QMTSTAT: 0,{Err}");
            UiWait.drain();
            Text error = Widgets.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0);
            shownError.set(error == null ? null : error.getText());
            okWhileWrong.set(ok.isEnabled());
            pattern.setText("+QMTSTAT: 0,{err}");
            UiWait.drain();
            ok.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void lineBreakpointsAreListedAndTheDetailPaneEditsConditionAndHitCount() throws Exception {
        IFile file = example(LineBreakpointTest.EXAMPLE);
        ScriptEditor editor = open(file);
        doubleClickRuler(editor, 31);
        ScriptLineBreakpoint b = lineBreakpoints(file).get(0);
        AbstractDebugView view = breakpointsView();
        Tree tree = tree(view);
        waitForRows(tree, List.of("[x] 7-property-post.atflow [line: 31]"));

        view.getViewer().setSelection(new StructuredSelection(b));
        UiWait.until(() -> Widgets.findShown(Text.class, t -> t.getMessage().startsWith("an expression")) != null,
                "the detail pane of the ATFlow breakpoint");
        Text condition = Widgets.findShown(Text.class, t -> t.getMessage().startsWith("an expression"));
        Text hitCount = Widgets.findShown(Text.class, t -> t.getMessage().startsWith("3 (from the 3rd hit on)"));
        type(condition, "grantedQos == \"1\"");
        type(hitCount, ">= 2");
        UiWait.until(() -> ">= 2".equals(b.getHitCondition()), "the hit count to be stored");
        assertEquals("grantedQos == \"1\"", b.getCondition());
        waitForRows(tree, List.of("[x] 7-property-post.atflow [line: 31] [hit count: >= 2] [conditional: grantedQos"
                + " == \"1\"]"));

        type(hitCount, "twice");
        UiWait.until(() -> Widgets.findShown(Label.class, l -> l.getText().startsWith("The ")) != null,
                "the pane to say what is wrong");
        Label problem = Widgets.findShown(Label.class, l -> l.getText().startsWith("The "));
        assertNotNull(problem, () -> "the pane says what is wrong; the fields are enabled: " + hitCount.isEnabled()
                + ", condition " + condition.getText());
        assertEquals("The hit condition \"twice\" is not a count from 1 (write 3, >= 3, > 2, == 3 or % 2).",
                problem.getText());
        assertEquals(">= 2", b.getHitCondition(), "a wrong hit count is not stored");
        type(hitCount, "0"); // the core refuses it too (BreakpointSettingsTest): counts start at 1
        UiWait.until(() -> problem.getText().contains("\"0\""), () -> "the pane to refuse 0: " + problem.getText());
        assertEquals("The hit condition \"0\" is not a count from 1 (write 3, >= 3, > 2, == 3 or % 2).",
                problem.getText());
        assertEquals(">= 2", b.getHitCondition(), "a hit count of 0 is not stored");
        type(hitCount, "");
        UiWait.until(() -> b.getHitCondition() == null, "the hit count to be removed");
    }

    /** Types {@code value} into a field and presses Enter. */
    static void type(Text field, String value) {
        field.setText(value);
        field.notifyListeners(SWT.DefaultSelection, new Event());
        UiWait.drain();
    }

    static boolean enabled(ScriptEventBreakpoint b) {
        try {
            return b.isEnabled();
        } catch (Exception e) {
            return false;
        }
    }

    static Shell dialog(String title) {
        for (Shell s : org.eclipse.swt.widgets.Display.getCurrent().getShells()) {
            if (s.isVisible() && title.equals(s.getText())) {
                return s;
            }
        }
        return null;
    }
}
