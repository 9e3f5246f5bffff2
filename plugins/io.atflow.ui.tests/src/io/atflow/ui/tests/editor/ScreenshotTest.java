package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.IMarker;
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
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.codeactions.QuickFixes;
import io.atflow.lang.validation.IssueCodes;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.secrets.WorkbenchSecrets;

import io.atflow.ui.tests.support.Screenshots;
import io.atflow.ui.tests.support.Widgets;

/**
 * Saves {@code target/screenshots/editor-quickfix.png}: the editor with highlighting, an error marker and the quick
 * fix popup offering "Compute HMAC password", next to the Outline and Problems views.
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
    void editorWithMarkerAndQuickFixPopup() throws CoreException, IOException, StorageException, BadLocationException {
        WorkbenchSecrets.store(Scripts.SECRET_NAME, Scripts.DEVICE_SECRET);
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
        editor.setFocus();
        int line = editor.document().getLineOfOffset(offset);
        editor.selectAndReveal(editor.document().getLineOffset(line) + 2, 0);
        Ui.drain();
        editor.getAction(ITextEditorActionConstants.QUICK_ASSIST).run();
        Ui.until(() -> ContentAssistTest.popupItems().stream().anyMatch(s -> s.startsWith(QuickFixes.PASSWORD_TITLE)),
                () -> "the quick fix popup; have " + ContentAssistTest.popupItems());
        settle();
        showEntries(problems);
        Path png = Screenshots.capture(window, "editor-quickfix.png");
        assertTrue(Files.size(png) > 20_000, "a real picture, not an empty frame");
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
