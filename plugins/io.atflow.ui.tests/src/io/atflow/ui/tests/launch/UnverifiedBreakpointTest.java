package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.AbstractDebugView;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.debug.ScriptThread;
import io.atflow.launch.debug.breakpoints.BreakpointLabels;
import io.atflow.launch.debug.breakpoints.ScriptLineBreakpoint;
import io.atflow.ui.tests.support.Screenshots;
import io.atflow.ui.tests.support.UiWait;

/**
 * A line breakpoint the running debugger cannot bind (a hit count of 0, which an earlier version stored; counts
 * start at 1) is shown as not verified in the Breakpoints view, with the debugger's sentence and a decorated image,
 * and as verified once it binds; saves {@code target/screenshots/breakpoint-unverified.png}.
 */
class UnverifiedBreakpointTest {
    private DebugSessions session;

    @BeforeEach
    void setUp() throws Exception {
        session = DebugSessions.begin();
    }

    @AfterEach
    void tearDown() throws Exception {
        session.end();
        DebugSessions.leaveDebugPerspective();
    }

    @Test
    void anUnboundBreakpointIsMarkedUntilItBinds() throws Exception {
        Shell shell = DebugSessions.showDebugPerspective();
        IFile script = Workspace.example("7-property-post.atflow");
        int publish = lineOf(script, "send AT+QMTPUBEX");
        int close = lineOf(script, "send AT+QMTCLOSE");
        ScriptLineBreakpoint stops = new ScriptLineBreakpoint(script, publish, -1, -1, true);
        ScriptLineBreakpoint zero = new ScriptLineBreakpoint(script, close, -1, -1, true);
        zero.setHitCondition("0");
        AbstractDebugView view = (AbstractDebugView) page().showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        Tree tree = (Tree) view.getViewer().getControl();
        IDE.openEditor(page(), script);
        UiWait.drain();

        ILaunch launch = Launches.config(script, "sim", Map.of()).launch(ILaunchManager.DEBUG_MODE, null);
        ScriptThread thread = DebugSessions.target(launch).thread();
        DebugSessions.awaitSuspended(launch, thread);
        String why = "the breakpoint at line " + close + " of 7-property-post.atflow is not set: the hit condition"
                + " \"0\" is not a count from 1 (write 3, >= 3, > 2, == 3 or % 2)";
        UiWait.until(() -> why.equals(zero.unverified()), () -> "the marker to say why: " + zero.unverified());
        assertNull(stops.unverified(), "the bound breakpoint is verified");
        String file = "7-property-post.atflow [line: ";
        List<String> marked = List.of(file + publish + "]", file + close + "] [hit count: 0] [not verified: the hit"
                + " condition \"0\" is not a count from 1 (write 3, >= 3, > 2, == 3 or % 2)]");
        waitForRows(tree, marked);
        TreeItem unbound = row(tree, marked.get(1));
        // the view draws the model presentation's images through its own registry: compare what is drawn
        assertFalse(Arrays.equals(pixels(row(tree, marked.get(0)).getImage()), pixels(unbound.getImage())),
                "the unbound breakpoint's image is decorated");
        assertFalse(Arrays.equals(pixels(BreakpointLabels.image(stops)), pixels(BreakpointLabels.image(zero))));
        // the Breakpoints view maximized, so its rows read whole in the picture
        IWorkbenchPartReference part = page().getReference(view);
        page().activate(view);
        page().setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        page().activate(view); // the editor area shown over it as it minimized goes back to the trim
        settle();
        Path png = Screenshots.capture(shell, "breakpoint-unverified.png");
        assertTrue(Files.size(png) > 20_000, "a real picture, not an empty frame: " + Files.size(png) + " bytes");
        page().setPartState(part, IWorkbenchPage.STATE_RESTORED);

        zero.setHitCondition("2"); // while the run is suspended: it binds now
        UiWait.until(() -> zero.unverified() == null, () -> "the marker to be verified: " + zero.unverified());
        waitForRows(tree, List.of(file + publish + "]", file + close + "] [hit count: 2]"));
        UiWait.until(() -> Arrays.equals(pixels(row(tree, marked.get(0)).getImage()),
                pixels(row(tree, file + close + "] [hit count: 2]").getImage())), "the decoration to go");
        launch.terminate();
        Launches.awaitEnd(launch);
    }

    private static void waitForRows(Tree tree, List<String> expected) {
        UiWait.until(() -> rows(tree).stream().sorted().toList().equals(expected.stream().sorted().toList()),
                () -> "the Breakpoints view to show " + expected + ", it shows " + rows(tree));
    }

    private static List<String> rows(Tree tree) {
        return java.util.Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
    }

    private static TreeItem row(Tree tree, String text) {
        return java.util.Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + text + " in " + rows(tree)));
    }

    private static byte[] pixels(org.eclipse.swt.graphics.Image image) {
        return image == null ? new byte[0] : image.getImageData().data;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static int lineOf(IFile file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file.getLocation().toPath(), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    /** Lets layout, painting and the views' updates finish. */
    private static void settle() {
        for (int i = 0; i < 20; i++) {
            UiWait.drain();
            org.eclipse.swt.widgets.Display d = org.eclipse.swt.widgets.Display.getCurrent();
            boolean[] tick = { false };
            d.timerExec(50, () -> tick[0] = true);
            UiWait.until(() -> tick[0], "a paint cycle");
        }
    }
}
