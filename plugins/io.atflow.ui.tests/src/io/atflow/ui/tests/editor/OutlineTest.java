package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.actions.ScriptActionIds;

import io.atflow.ui.tests.support.Widgets;

/** The Outline view and Quick Outline (Ctrl+O) of a script. */
class OutlineTest {
    static final String SCRIPT = Scripts.METER + """
            var apn = "cmnet"
            on +QMTSTAT: 0,{err} fail "lost ${err}"
            step "connect" timeout 2m {
              send AT+QMTOPEN=0,"h",1883 expect OK
              await +QMTOPEN: 0,0 within 75s
            }
            step "close" {
              send AT+QMTCLOSE=0
            }
            """;

    @AfterEach
    void close() {
        Ui.closeEditors();
    }

    @Test
    void outlineViewListsStepsWithTheirCommandsAndDeclarations() throws CoreException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("outline"), "outline.atflow", SCRIPT));
        ContentOutline view = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
        Ui.page().activate(editor);
        Ui.until(() -> labels(tree(view), 0).size() == 5, () -> "the outline; have " + labels(tree(view), 0));
        assertEquals(List.of("meter  device", "apn  var", "on +QMTSTAT: 0,{err}  URC handler",
                "step \"connect\"  timeout 2m", "step \"close\""), labels(tree(view), 0));
        tree(view).getItem(3).setExpanded(true);
        assertEquals(List.of("AT+QMTOPEN=0,\"h\",1883  expect OK", "await +QMTOPEN: 0,0  75s"),
                labels(tree(view), 3));
        editor.getDocumentProvider().getDocument(editor.getEditorInput());
        editor.document().set(SCRIPT.replace("step \"close\"", "step \"disconnect\""));
        Ui.until(() -> labels(tree(view), 0).contains("step \"disconnect\""), "the outline to follow the text");
    }

    @Test
    void quickOutlineFiltersAndGoesToTheElement() throws CoreException, CommandException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("outline"), "quick.atflow", SCRIPT));
        Ui.until(() -> editor.symbols().size() == 5, "the outline symbols");
        editor.getSite().getService(IHandlerService.class).executeCommand(ScriptActionIds.QUICK_OUTLINE, null);
        Ui.until(() -> popup() != null, "the Quick Outline popup");
        Shell popup = popup();
        Text filter = Widgets.find(popup, Text.class, t -> true);
        filter.setText("QMTCLOSE");
        Tree tree = Widgets.find(popup, Tree.class, t -> true);
        assertTrue(tree.getItemCount() == 1 && tree.getItem(0).getText().startsWith("step \"close\""),
                () -> labels(tree, -1).toString());
        Event enter = new Event();
        enter.keyCode = SWT.CR;
        enter.character = '\r';
        filter.notifyListeners(SWT.KeyDown, enter);
        Ui.until(() -> popup() == null, "the popup to close");
        int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
        assertEquals(SCRIPT.indexOf("send AT+QMTCLOSE"), caret);
    }

    static Shell popup() {
        for (Shell s : Ui.display().getShells()) {
            if (s.isVisible() && Widgets.find(s, Tree.class, t -> true) != null
                    && Widgets.find(s, Text.class, t -> "Filter outline".equals(t.getMessage())) != null) {
                return s;
            }
        }
        return null;
    }

    static Tree tree(ContentOutline view) {
        Control c = view.getCurrentPage() == null ? null : view.getCurrentPage().getControl();
        return c instanceof Tree t ? t : new Tree(Ui.shell(), SWT.NONE);
    }

    /** Labels of the roots ({@code index} -1 or 0) or of the children of root {@code index}. */
    static List<String> labels(Tree tree, int index) {
        List<String> out = new ArrayList<>();
        TreeItem[] items = index <= 0 ? tree.getItems() : tree.getItem(index).getItems();
        for (TreeItem i : items) {
            out.add(i.getText());
        }
        return out;
    }
}
