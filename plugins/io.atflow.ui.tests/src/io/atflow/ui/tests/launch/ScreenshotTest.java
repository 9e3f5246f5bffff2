package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.ui.AtFlowPerspective;
import io.atflow.launch.ui.urc.UrcView;
import io.atflow.launch.urc.UrcLog;
import io.atflow.run.Verdict;

import io.atflow.ui.tests.support.UiWait;
import io.atflow.ui.tests.support.Screenshots;

/**
 * Saves {@code target/screenshots/launch-console-urc.png}: the ATFlow perspective after the property-post example ran
 * against the simulated module, with the coloured run console and the URC view (the platform's JSON reply selected).
 */
class ScreenshotTest {
    @AfterEach
    void clean() throws Exception {
        Launches.cleanUp();
        UrcLog.global().clear();
        IWorkbenchPage page = page();
        page.closePerspective(page.getPerspective(), false, false);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void consoleAndUrcViewAfterARun() throws Exception {
        Launches.cleanUp();
        UrcLog.global().clear();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1600, 1000);
        IPerspectiveDescriptor atflow = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(AtFlowPerspective.ID);
        page().setPerspective(atflow);
        IFile script = Workspace.example("7-property-post.atflow");
        IDE.openEditor(page(), script);
        if (page().showView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget explorer) {
            explorer.selectReveal(new StructuredSelection(script));
        }
        UrcView urcs = (UrcView) page().showView(UrcView.ID);

        ILaunch launch = Launches.run(Launches.config(script, "sim", Map.of()));
        Launches.awaitEnd(launch);
        assertEquals(Verdict.PASSED, Launches.process(launch).result().verdict(), Launches.consoleText(launch));
        page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        UiWait.until(() -> urcs.shownRows().size() == UrcLog.global().size(), "the URC view to show every URC");
        int reply = urcs.shownRows().indexOf(urcs.shownRows().stream().filter(r -> r.code().equals("+QMTRECV")).findFirst()
                .orElseThrow());
        urcs.select(reply);
        settle();

        Path png = Screenshots.capture(shell, "launch-console-urc.png");
        assertTrue(Files.size(png) > 20_000, "a real picture, not an empty frame: " + Files.size(png) + " bytes");
    }

    /** Lets layout, painting and the console's document updates finish. */
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
