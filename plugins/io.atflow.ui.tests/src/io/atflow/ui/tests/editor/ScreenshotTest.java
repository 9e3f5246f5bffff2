package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.text.BadLocationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.validation.IssueCodes;
import io.atflow.ui.editor.ScriptEditor;

import io.atflow.ui.tests.support.Screenshots;
import io.atflow.ui.tests.support.Widgets;
import io.atflow.ui.AtFlowUi;

/**
 * Saves {@code target/screenshots/editor-quickfix.png}: the editor with highlighting, an error marker and the quick
 * fix popup offering "Compute HMAC password", next to the Outline and Problems views; then checks through the widgets
 * that the picture shows the proposal in the popup and the error's message whole in the Problems view.
 */
class ScreenshotTest {
    static final String SCRIPT = "// One device, one secret: explicit client id, user name and HMAC password (§4.1.2)\n"
            + "profile ec2x\n" + Scripts.METER + """
            var host = "iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com"
            on +QMTSTAT: 0,{err} fail "MQTT link lost: ${err}"

            step "connect" timeout 2m {
              send AT+QMTCFG="version",0,4
              send AT+QMTOPEN=0,"${host}",1883
              await +QMTOPEN: 0,0 within 75s
              send AT+QMTCONN=0,"%s","device001&i2uqc2dloOl","0309b31761c30d24d37a2555"
              await +QMTCONN: 0,0,0 within 10s
            }

            step "close" {
              send AT+QMTCLOSE=0
              await +QMTCLOSE: 0,0 within 10s
            }
            """.formatted(Scripts.CLIENT_ID);
    /**
     * The fix the popup must offer and the Problems view entry the picture must show: the note's identity (meter) and
     * the client id's sign method (hmacsha256), in the wording users read.
     */
    static final String PROPOSAL = "Compute HMAC password: replace with the hmacsha256 signature of meter";
    static final String MESSAGE = "password does not match the hmacsha256 signature of meter for this client id;"
            + " the quick fix computes it";

    private java.util.Optional<String> saved;

    @org.junit.jupiter.api.BeforeEach
    void save() {
        saved = Scripts.saveNoteSecret();
    }

    @AfterEach
    void close() throws StorageException {
        Ui.closeEditors();
        Scripts.restoreNoteSecret(saved);
    }

    @Test
    void editorWithMarkerAndQuickFixPopup() throws CoreException, IOException, StorageException, BadLocationException,
            CommandException {
        AtFlowUi.getDefault().secrets().store(Scripts.SECRET_NAME, Scripts.DEVICE_SECRET);
        Shell window = Ui.shell();
        window.setMaximized(false);
        window.setBounds(0, 0, 1600, 1000);
        settle();
        IViewPart explorer = Ui.page().findView("org.eclipse.ui.navigator.ProjectExplorer");
        if (explorer != null) {
            Ui.page().hideView(explorer);
        }
        for (String mine : Ui.PROJECTS) {
            IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(mine);
            if (p.exists()) {
                p.delete(true, true, null);
            }
        }
        IFile file = Ui.file(Ui.project("screenshot"), "one-device-one-secret-credentials.atflow", SCRIPT);
        Ui.page().showView(IPageLayout.ID_OUTLINE);
        IViewPart problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        ScriptEditor editor = Ui.open(file);
        Ui.until(() -> !Ui.markers(file, IssueCodes.PASSWORD_MISMATCH).isEmpty(), () -> "the password marker; have "
                + Ui.describe(file));
        IMarker marker = Ui.markers(file, IssueCodes.PASSWORD_MISMATCH).get(0);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1);
        Ui.until(() -> !ReconcileMarkersTest.codes(editor, offset).isEmpty(), "the marker in the editor");
        Ui.reconciled(editor);
        expandAll(problems);
        int line = editor.document().getLineOfOffset(offset);
        // the caret at the start of the marker's line, so that the popup opens at the left of the editor
        QuickAssistPopup.open(editor, editor.document().getLineOffset(line) + 2);
        QuickAssistPopup.awaitProposal(PROPOSAL);
        settle();
        showEntries(problems);
        // as a reader would widen it: the Description column fits the message
        tree(problems).getColumn(0).pack();
        settle();
        Path png = Screenshots.capture(window, "editor-quickfix.png");
        assertTrue(Files.size(png) > 20_000, "a real picture, not an empty frame");

        assertAll("what editor-quickfix.png shows", () -> assertTrue(QuickAssistPopup.table(PROPOSAL) != null,
                () -> "the quick fix '" + PROPOSAL + "' in the popup; shown: " + QuickAssistPopup.shown()),
                () -> entryShown(problems));
    }

    /** The Problems view lists the password error, its message whole. */
    static void entryShown(IViewPart problems) {
        TreeItem entry = problemEntries(problems).stream().filter(i -> i.getText(0).equals(MESSAGE)).findFirst()
                .orElseThrow(() -> new AssertionError("the Problems view entry '" + MESSAGE + "'; shown: "
                        + problemEntries(problems).stream().map(i -> i.getText(0)).toList()));
        assertTrue(Widgets.showsWhole(entry.getParent(), MESSAGE, entry.getTextBounds(0)),
                () -> "the entry whole, not cut off at " + entry.getTextBounds(0));
    }

    /** The Problems view's entries (the rows under its expanded groups) as shown. */
    static List<TreeItem> problemEntries(IViewPart view) {
        List<TreeItem> out = new ArrayList<>();
        Tree tree = tree(view);
        if (tree != null && tree.isVisible()) {
            for (TreeItem group : tree.getItems()) {
                if (group.getExpanded()) {
                    out.addAll(List.of(group.getItems()));
                }
            }
        }
        return out;
    }

    static void expandAll(IViewPart view) {
        Ui.until(() -> tree(view) != null && tree(view).getItemCount() > 0, "the Problems view's entries");
        for (TreeItem item : tree(view).getItems()) {
            expand(tree(view), item);
        }
    }

    /** Expands like a click does: the viewer creates a lazy group's rows on the Expand event, not on setExpanded. */
    static void expand(Tree tree, TreeItem item) {
        if (!item.getExpanded()) {
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event);
            item.setExpanded(true);
        }
    }

    /** Expands the Problems view's groups again (it refreshes as markers change) and lets its rows load. */
    static void showEntries(IViewPart view) {
        Tree tree = tree(view);
        for (int round = 0; round < 20 && tree != null; round++) {
            boolean loaded = true;
            for (TreeItem item : tree.getItems()) {
                expand(tree, item);
                loaded &= item.getItemCount() > 0 && !item.getItem(0).getText().isEmpty();
            }
            settle();
            if (loaded) {
                return;
            }
        }
    }

    static Tree tree(IViewPart view) {
        for (Shell s : Ui.display().getShells()) {
            Tree t = Widgets.find(s, Tree.class, x -> x.isVisible() && x.getColumnCount() > 3);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** Lets the popups paint: runs the event loop until it was idle ten times in a row (at most 300 rounds). */
    static void settle() {
        Display d = Ui.display();
        int idle = 0;
        for (int round = 0; round < 300 && idle < 10; round++) {
            if (d.readAndDispatch()) {
                idle = 0;
            } else {
                idle++;
                d.timerExec(30, () -> {
                });
                d.sleep();
            }
        }
    }

    static Path screenshots() throws IOException {
        return Screenshots.folder();
    }
}
