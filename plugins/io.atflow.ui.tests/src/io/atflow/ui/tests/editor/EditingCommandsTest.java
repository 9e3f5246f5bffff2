package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.actions.ScriptActionIds;

/** Format, toggle comment, matching bracket and folding through their commands, with JDT's key bindings. */
class EditingCommandsTest {
    static final String MESSY = """
            device meter {productKey "pk1"   deviceName "dev1"}
            step "s" {send AT  expect OK
                 await +QMTOPEN: 0,{r} within 5s}
            """;
    static final String FORMATTED = """
            device meter {
              productKey "pk1"
              deviceName "dev1"
            }
            step "s" {
              send AT expect OK
              await +QMTOPEN: 0,{r} within 5s
            }
            """;

    @AfterEach
    void close() {
        Ui.closeEditors();
    }

    static void run(ScriptEditor editor, String command) throws CommandException {
        editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
        Ui.drain();
    }

    static int caret(ScriptEditor editor) {
        return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
    }

    @Test
    void formatGivesTheCanonicalLayout() throws CoreException, CommandException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("commands"), "format.atflow", MESSY));
        editor.selectAndReveal(MESSY.indexOf("await"), 0);
        run(editor, ScriptActionIds.FORMAT);
        assertEquals(FORMATTED, editor.document().get());
        assertEquals(FORMATTED.indexOf("await"), caret(editor), "the caret stays before the same text");
    }

    @Test
    void formatLeavesAScriptWithSyntaxErrorsAlone() throws CoreException, CommandException {
        String broken = "step \"s\" {send AT expect\n";
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("commands"), "broken.atflow", broken));
        run(editor, ScriptActionIds.FORMAT);
        assertEquals(broken, editor.document().get());
    }

    @Test
    void toggleCommentCommentsAndUncommentsLines() throws CoreException, CommandException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("commands"), "comment.atflow", FORMATTED));
        int from = FORMATTED.indexOf("  send");
        editor.selectAndReveal(from, FORMATTED.indexOf("}", from) - from);
        run(editor, ScriptActionIds.TOGGLE_COMMENT);
        assertTrue(editor.document().get().contains("  // send AT expect OK\n  // await +QMTOPEN"), editor.document().get());
        run(editor, ScriptActionIds.TOGGLE_COMMENT);
        assertEquals(FORMATTED, editor.document().get());
    }

    @Test
    void gotoMatchingBracketJumpsBetweenBraces() throws CoreException, CommandException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("commands"), "brackets.atflow", FORMATTED));
        int open = FORMATTED.indexOf("step \"s\" {") + "step \"s\" {".length();
        editor.selectAndReveal(open, 0);
        run(editor, ScriptActionIds.GOTO_MATCHING_BRACKET);
        assertEquals(FORMATTED.lastIndexOf('}') + 1, caret(editor));
        run(editor, ScriptActionIds.GOTO_MATCHING_BRACKET);
        assertEquals(open, caret(editor));
    }

    @Test
    void enterAfterABraceIndentsAndATypedClosingBraceDedents() throws CoreException {
        String text = "step \"s\" {}\n";
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("commands"), "indent.atflow", text));
        org.eclipse.swt.custom.StyledText widget = editor.sourceViewer().getTextWidget();
        editor.selectAndReveal(text.indexOf('}'), 0);
        type(widget, '\r');
        assertEquals("step \"s\" {\n  \n}\n", editor.document().get());
        assertEquals(text.indexOf('}') + 3, caret(editor));
        type(widget, 's');
        type(widget, '\r');
        type(widget, '}');
        assertEquals("step \"s\" {\n  s\n}\n}\n", editor.document().get());
    }

    @Test
    void tabIndentsWithTwoBlanks() throws CoreException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("commands"), "tab.atflow", "x\n"));
        editor.selectAndReveal(0, 0);
        type(editor.sourceViewer().getTextWidget(), '\t');
        assertEquals("  x\n", editor.document().get());
    }

    /** Types one character into the editor's text widget as a key press would. */
    static void type(org.eclipse.swt.custom.StyledText widget, char c) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.character = c;
        e.keyCode = c == '\r' ? org.eclipse.swt.SWT.CR : c;
        widget.notifyListeners(org.eclipse.swt.SWT.KeyDown, e);
        Ui.drain();
    }

    @Test
    void stepsAndIdentitiesFold() throws CoreException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("commands"), "fold.atflow", FORMATTED));
        ProjectionViewer viewer = (ProjectionViewer) editor.sourceViewer();
        Ui.until(() -> projections(viewer).size() == 2, () -> "two folding regions; have " + projections(viewer));
        ProjectionAnnotation step = projections(viewer).get(1);
        int lines = viewer.getTextWidget().getLineCount();
        viewer.getProjectionAnnotationModel().collapse(step);
        Ui.drain();
        assertEquals(lines - 3, viewer.getTextWidget().getLineCount(), "the step's body is folded");
    }

    static List<ProjectionAnnotation> projections(ProjectionViewer viewer) {
        List<ProjectionAnnotation> out = new java.util.ArrayList<>();
        viewer.getProjectionAnnotationModel().getAnnotationIterator().forEachRemaining(a -> {
            if (a instanceof ProjectionAnnotation p) {
                out.add(p);
            }
        });
        out.sort(java.util.Comparator.comparingInt(a -> viewer.getProjectionAnnotationModel().getPosition(a).getOffset()));
        return out;
    }

    @Test
    void jdtKeyBindingsAreActiveInTheEditor() throws CoreException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("commands"), "keys.atflow", FORMATTED));
        editor.setFocus();
        Ui.drain();
        IBindingService bindings = editor.getSite().getService(IBindingService.class);
        assertBinding(bindings, ScriptActionIds.FORMAT, "CTRL+SHIFT+F");
        assertBinding(bindings, ScriptActionIds.TOGGLE_COMMENT, "CTRL+/");
        assertBinding(bindings, ScriptActionIds.QUICK_OUTLINE, "CTRL+O");
        assertBinding(bindings, ScriptActionIds.GOTO_MATCHING_BRACKET, "CTRL+SHIFT+P");
        assertBinding(bindings, "org.eclipse.ui.edit.text.open.hyperlink", "F3");
        assertBinding(bindings, "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals", "CTRL+1");
        assertBinding(bindings, "org.eclipse.ui.edit.text.contentAssist.proposals", "CTRL+SPACE");
    }

    static void assertBinding(IBindingService bindings, String command, String keys) {
        List<TriggerSequence> active = Arrays.asList(bindings.getActiveBindingsFor(command));
        try {
            assertTrue(active.contains(KeySequence.getInstance(keys)), () -> command + " is bound to " + active);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
