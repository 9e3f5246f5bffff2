package io.atflow.ui.tests.breakpoints;

import static io.atflow.ui.tests.breakpoints.BreakpointFixture.doubleClickRuler;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.example;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.lineBreakpoints;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.manager;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.open;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.ui.AbstractDebugView;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.debug.breakpoints.EventBreakpoints;
import io.atflow.launch.debug.breakpoints.ScriptLineBreakpoint;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.tests.support.Screenshots;
import io.atflow.ui.tests.support.UiWait;
import io.atflow.ui.tests.support.Widgets;

/** docs/screenshots/breakpoints.png: the editor with breakpoints in its ruler and the Breakpoints view. */
class BreakpointsScreenshotTest {
    private IPerspectiveDescriptor before;

    @AfterEach
    void clean() throws Exception {
        if (before != null) {
            page().setPerspective(before);
        }
        page().closeAllEditors(false);
        BreakpointFixture.removeAll();
    }

    @Test
    void editorRulerAndBreakpointsView() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1600, 1000);
        before = page().getPerspective();
        page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(IDebugUIConstants.ID_DEBUG_PERSPECTIVE));
        IFile file = example(LineBreakpointTest.EXAMPLE);
        ScriptEditor editor = open(file);
        doubleClickRuler(editor, 23);
        doubleClickRuler(editor, 37);
        ScriptLineBreakpoint reply = lineBreakpoints(file).stream()
                .filter(b -> b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0) == 37)
                .findFirst().orElseThrow();
        reply.setHitCondition("2");
        EventBreakpoints events = new EventBreakpoints(manager());
        events.toggleFailure();
        events.addUrc("+QMTSTAT: 0,{err}");
        AbstractDebugView view = (AbstractDebugView) page().showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        var tree = BreakpointsViewTest.tree(view);
        List<String> rows = List.of("[x] 7-property-post.atflow [line: 23]",
                "[x] 7-property-post.atflow [line: 37] [hit count: 2]", "[x] Suspend on failure",
                "[x] Suspend on URC +QMTSTAT: 0,{err}");
        UiWait.until(() -> BreakpointsViewTest.rows(tree).stream().sorted().toList().equals(rows.stream().sorted().toList()),
                () -> "the Breakpoints view to show " + rows + ", it shows " + BreakpointsViewTest.rows(tree));
        view.getViewer().setSelection(new StructuredSelection(reply));
        UiWait.until(() -> Widgets.findShown(Text.class, t -> t.getMessage().startsWith("3 (from the 3rd")) != null
                && "2".equals(Widgets.findShown(Text.class, t -> t.getMessage().startsWith("3 (from the 3rd")).getText()),
                "the detail pane with the hit count");
        page().activate(editor);
        BreakpointFixture.caret(editor, 23);
        for (int i = 0; i < 20; i++) {
            UiWait.drain();
        }
        assertEquals(23, LineBreakpointTest.shownLine(editor, lineBreakpoints(file).stream().filter(b -> b != reply)
                .findFirst().orElseThrow()), "the ruler shows the breakpoint beside line 23");
        Path png = Screenshots.capture(shell, "breakpoints.png");
        assertTrue(Files.size(png) > 20_000, "a real picture, not an empty frame: " + Files.size(png) + " bytes");
    }
}
