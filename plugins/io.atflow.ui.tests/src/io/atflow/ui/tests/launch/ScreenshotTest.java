package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.console.TextConsolePage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.ui.AtFlowPerspective;
import io.atflow.launch.ui.urc.UrcView;
import io.atflow.run.Verdict;

import io.atflow.ui.tests.support.Screenshots;
import io.atflow.ui.tests.support.UiWait;
import io.atflow.ui.tests.support.Widgets;

/**
 * Saves {@code target/screenshots/launch-console-urc.png}: the ATFlow perspective after the property-post example ran
 * against the simulated module, with the coloured run console and the URC view (the platform's JSON reply selected);
 * then checks through the widgets that the picture shows the verdict line in the console and every URC with its
 * meaning in the URC view, times and codes whole.
 */
class ScreenshotTest {
    /**
     * The verdict line: example 7 has five steps (network from common/network.atflow, then connect, subscribe, report
     * and close), each passing against the simulator.
     */
    static final String PASSED = "\\S+\\s+PASSED 5 steps passed \\(.+\\)";

    /**
     * The URCs of example 7 (application note §4.1.3) with the meanings of their result codes as the Quectel MQTT
     * manual words them (+QMTOPEN result 0, +QMTCONN result 0 / ret_code 0, +QMTSUB and +QMTPUBEX result 0,
     * +QMTCLOSE result 0); +QMTRECV has no result code and shows what it is.
     */
    static final List<String> URCS = List.of(
            "+QMTOPEN  network opened successfully",
            "+QMTCONN  result 0: packet sent and acknowledged; ret_code 0: connection accepted",
            "+QMTSUB  packet sent and acknowledged",
            "+QMTPUBEX  packet sent and acknowledged",
            "+QMTRECV  A message arrived on a subscribed topic (with recv/mode length enabled a length field precedes the"
                    + " payload).",
            "+QMTCLOSE  network closed successfully");

    @AfterEach
    void clean() throws Exception {
        Launches.cleanUp();
        LaunchServices.urcs().clear();
        IWorkbenchPage page = page();
        page.closePerspective(page.getPerspective(), false, false);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void consoleAndUrcViewAfterARun() throws Exception {
        Launches.cleanUp();
        LaunchServices.urcs().clear();
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
        IConsoleView consoles = (IConsoleView) page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        consoles.display(Launches.console(launch));
        UiWait.until(() -> urcs.shownRows().size() == LaunchServices.urcs().size(), "the URC view to show every URC");
        int reply = urcs.shownRows().indexOf(urcs.shownRows().stream().filter(r -> r.code().equals("+QMTRECV")).findFirst()
                .orElseThrow());
        urcs.select(reply);
        settle();

        Path png = Screenshots.capture(shell, "launch-console-urc.png");
        assertTrue(Files.size(png) > 20_000, "a real picture, not an empty frame: " + Files.size(png) + " bytes");

        StyledText console = ((TextConsolePage) ((PageBookView) consoles).getCurrentPage()).getViewer().getTextWidget();
        assertAll("what launch-console-urc.png shows", () -> verdictShown(console), ScreenshotTest::urcRowsShown);
    }

    /** The console's visible lines hold the verdict. */
    static void verdictShown(StyledText console) {
        assertTrue(shownLines(console).stream().anyMatch(l -> l.matches(PASSED)), () -> "the verdict " + PASSED
                + " in the console; it shows:\n" + String.join("\n", shownLines(console)));
    }

    /** The URC view's table lists the URCs with their meanings, time and code shown whole. */
    static void urcRowsShown() {
        Table table = Widgets.findShown(Table.class, t -> t.getColumnCount() == 5 && t.getColumn(1).getText().equals(
                "Code") && t.getColumn(3).getText().equals("Meaning"));
        assertTrue(table != null, "the URC view's table");
        assertEquals(URCS, Arrays.stream(table.getItems()).map(i -> i.getText(1) + "  " + i.getText(3)).toList(),
                "the URC view's codes and meanings");
        for (TableItem item : table.getItems()) {
            for (int column : new int[] { 0, 1 }) {
                assertTrue(Widgets.showsWhole(table, item.getText(column), item.getTextBounds(column)),
                        () -> "the URC view's " + table.getColumn(column).getText() + " column shows '"
                                + item.getText(column) + "' whole, not in " + item.getTextBounds(column));
            }
        }
    }

    /** The lines the console's text widget shows in its visible area. */
    static List<String> shownLines(StyledText text) {
        int top = text.getTopIndex();
        int bottom = text.getLineIndex(Math.max(0, text.getClientArea().height - 1));
        List<String> out = new ArrayList<>();
        for (int i = top; i <= bottom && i < text.getLineCount(); i++) {
            out.add(text.getLine(i));
        }
        return out;
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
