package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IWatchExpression;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.core.LaunchConfigs;
import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.debug.ScriptDebugTarget;
import io.atflow.launch.debug.ScriptStackFrame;
import io.atflow.launch.debug.ScriptThread;
import io.atflow.launch.debug.breakpoints.BreakpointMarkers;
import io.atflow.launch.debug.breakpoints.ScriptEventBreakpoint;
import io.atflow.launch.debug.breakpoints.ScriptLineBreakpoint;
import io.atflow.launch.ui.urc.UrcView;
import io.atflow.run.Verdict;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.hover.ScriptTextHover;
import io.atflow.ui.tests.support.Screenshots;
import io.atflow.ui.tests.support.UiWait;
import io.atflow.ui.tests.support.Widgets;

/**
 * Debug mode of the ATFlow Script launch type against the simulated module, with the real interpreter's debugger:
 * a line breakpoint in the property-post example, launched with the Debug tool bar button on the open script (as the
 * F11 command), the Debug perspective's views (Variables through its tree items, the
 * editor's current-line annotation, watch expression, hover), step over, resume to PASSED; suspend on failure where
 * an expect does not match; a breakpoint added while the run is suspended. Saves
 * {@code target/screenshots/debug-suspended.png}.
 */
class DebugLaunchTest {
    /** Eclipse's annotation type of the current instruction (the top frame's line). */
    private static final String CURRENT_IP = "org.eclipse.debug.ui.currentIP";
    private DebugSessions session;

    @BeforeEach
    void setUp() throws Exception {
        session = DebugSessions.begin();
        LaunchServices.urcs().clear();
    }

    @AfterEach
    void tearDown() throws Exception {
        session.end();
        for (IWatchExpression e : watches()) {
            DebugPlugin.getDefault().getExpressionManager().removeExpression(e);
        }
        DebugSessions.leaveDebugPerspective();
    }

    /**
     * Example 7 subscribes with QoS 0 and captures the granted QoS of {@code +QMTSUB: 0,1,0,{grantedQos}}: Aliyun
     * grants QoS 1, as the application note's log shows ({@code +QMTSUB: 0,1,0,1}, §4.1.4). The breakpoint is on the
     * report step's first statement, the step over goes to the next line.
     */
    @Test
    void breakpointVariablesStepAndResumeToPassed() throws Exception {
        Shell shell = DebugSessions.showDebugPerspective();
        IFile script = Workspace.example("7-property-post.atflow");
        int publish = lineOf(script, "send AT+QMTPUBEX");
        int awaitAck = lineOf(script, "await +QMTPUBEX");
        ScriptLineBreakpoint breakpoint = new ScriptLineBreakpoint(script, publish, -1, -1, true);
        UrcView urcs = (UrcView) page().showView(UrcView.ID);
        IViewPart variables = page().showView(IDebugUIConstants.ID_VARIABLE_VIEW);
        page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
        IDE.openEditor(page(), script);

        ILaunch launch = DebugSessions.debugButton();
        assertEquals(List.of(LaunchConfigs.forScript(script).get(0)), List.of(launch.getLaunchConfiguration()),
                "the Debug button created the script's configuration and launched it");
        assertEquals(ILaunchManager.DEBUG_MODE, launch.getLaunchMode());
        UiWait.until(() -> launch.getLaunchConfiguration().equals(DebugUITools.getLastLaunch(
                IDebugUIConstants.ID_DEBUG_LAUNCH_GROUP)), "the launch in the Run menu's Debug history");
        ScriptDebugTarget target = DebugSessions.target(launch);
        ScriptThread thread = target.thread();
        DebugSessions.awaitSuspended(launch, thread);

        ScriptStackFrame top = (ScriptStackFrame) thread.getTopStackFrame();
        assertEquals(StopReason.BREAKPOINT, thread.suspension().reason());
        assertEquals(publish, top.getLineNumber(), "the top frame's line");
        assertEquals(script.getLocation().toPath(), top.frame().file(), "the top frame's file");
        assertEquals(List.of(breakpoint), List.of(thread.getBreakpoints()), "the breakpoint that suspended the thread");
        UiWait.until(() -> session.suspendedWith(thread, DebugEvent.BREAKPOINT), "a SUSPEND event, detail BREAKPOINT");

        UiWait.until(() -> currentLine(script) == publish, () -> "the editor of " + script.getName()
                + " with the current-line annotation on line " + publish + "; it is on " + currentLine(script));
        UiWait.until(() -> rows(variables).stream().anyMatch(r -> r.startsWith("grantedQos|")
                && List.of(r.split("\\|")).contains("1")),
                () -> "the Variables view's row grantedQos = 1; it shows " + rows(variables));
        UiWait.until(() -> urcs.shownRows().stream().anyMatch(r -> r.code().equals("+QMTSUB")),
                "the URC view to show +QMTSUB while the run is suspended");

        IWatchExpression watch = DebugPlugin.getDefault().getExpressionManager().newWatchExpression("grantedQos");
        DebugPlugin.getDefault().getExpressionManager().addExpression(watch);
        watch.setExpressionContext(top);
        UiWait.until(() -> watch.getValue() != null && !watch.isPending(), "the watch expression's value");
        assertEquals("1", watch.getValue().getValueString(), "the watch expression grantedQos");

        ScriptEditor editor = (ScriptEditor) page().getActiveEditor();
        int name = editor.document().get().indexOf("{grantedQos}") + 1;
        ScriptTextHover hover = new ScriptTextHover(editor.sourceViewer(), AtFlowUi.getDefault().language());
        IRegion region = hover.getHoverRegion(editor.sourceViewer(), name + 3);
        assertEquals("grantedQos = 1", region == null ? null : hover.getHoverInfo2(editor.sourceViewer(), region),
                "the editor's hover on grantedQos while suspended");

        page().showView(UrcView.ID);
        settle();
        Path png = Screenshots.capture(shell, "debug-suspended.png");
        assertTrue(Files.size(png) > 20_000, "a real picture, not an empty frame: " + Files.size(png) + " bytes");
        assertTrue(Widgets.findShown(Table.class, t -> t.getColumnCount() == 5 && t.getColumn(1).getText().equals("Code")
                && Arrays.stream(t.getItems()).anyMatch(i -> i.getText(1).equals("+QMTSUB"))) != null,
                "debug-suspended.png shows the URC view with +QMTSUB");

        thread.stepOver();
        UiWait.until(() -> session.fired(thread, DebugEvent.RESUME), "a RESUME event for the step");
        UiWait.until(() -> session.suspendedWith(thread, DebugEvent.STEP_END) || launch.isTerminated(),
                "a SUSPEND event, detail STEP_END");
        DebugSessions.awaitSuspended(launch, thread);
        assertEquals(StopReason.STEP, thread.suspension().reason());
        assertEquals(awaitAck, thread.getTopStackFrame().getLineNumber(), "the line after a step over");

        Suspension afterStep = thread.suspension();
        int close = lineOf(script, "send AT+QMTCLOSE");
        ScriptLineBreakpoint added = new ScriptLineBreakpoint(script, close, -1, -1, true);
        thread.resume();
        UiWait.until(() -> thread.suspension() != null && thread.suspension() != afterStep || launch.isTerminated(),
                "the run to suspend at the breakpoint added while it ran");
        assertEquals(close, thread.getTopStackFrame().getLineNumber(), "the breakpoint added during the run");
        assertEquals(List.of(added), List.of(thread.getBreakpoints()));

        thread.resume();
        Launches.awaitEnd(launch);
        assertEquals(Verdict.PASSED, Launches.process(launch).result().verdict(), Launches.consoleText(launch));
        assertTrue(Launches.consoleText(launch).lines().anyMatch(l -> l.matches(ScreenshotTest.PASSED)),
                () -> "the verdict in the console:\n" + Launches.consoleText(launch));
        UiWait.until(() -> target.isTerminated() && session.fired(target, DebugEvent.TERMINATE),
                "the debug target to terminate");
    }

    /**
     * Suspend on failure: the default simulated module is an EC25, which answers ATI with {@code EC25} (Quectel EC25
     * AT commands manual, ATI), so {@code expect /BG95.*}/ fails; the run suspends on that line and, resumed, fails.
     */
    @Test
    void suspendsWhereAnExpectDoesNotMatch() throws Exception {
        IFile script = Workspace.script("debug-failure.atflow", """
                step "identify" {
                  send AT
                  send ATI expect /BG95.*/
                }
                """);
        ScriptEventBreakpoint onFailure = new ScriptEventBreakpoint(BreakpointMarkers.FAILURE, null, true);
        ILaunch launch = Launches.config(script, "sim", Map.of()).launch(ILaunchManager.DEBUG_MODE, null);
        ScriptThread thread = DebugSessions.target(launch).thread();
        DebugSessions.awaitSuspended(launch, thread);

        assertEquals(StopReason.FAILURE, thread.suspension().reason(), thread.suspension().description());
        assertEquals(3, thread.getTopStackFrame().getLineNumber(), "the failing expect's line");
        assertEquals(List.of(onFailure), List.of(thread.getBreakpoints()), "the breakpoint that suspended the thread");
        UiWait.until(() -> session.suspendedWith(thread, DebugEvent.BREAKPOINT), "a SUSPEND event, detail BREAKPOINT");

        thread.resume();
        Launches.awaitEnd(launch);
        assertEquals(Verdict.FAILED, Launches.process(launch).result().verdict(), Launches.consoleText(launch));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static IWatchExpression[] watches() {
        return java.util.Arrays.stream(DebugPlugin.getDefault().getExpressionManager().getExpressions())
                .filter(IWatchExpression.class::isInstance).toArray(IWatchExpression[]::new);
    }

    /** The 1-based line of the first line of {@code file} that contains {@code text}. */
    private static int lineOf(IFile file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file.getLocation().toPath(), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    /** The line of the current-instruction annotation in the open editor of {@code file}, or -1. */
    private static int currentLine(IFile file) {
        IEditorPart part = page().findEditor(new FileEditorInput(file));
        if (!(part instanceof ScriptEditor editor)) {
            return -1;
        }
        IAnnotationModel model = editor.sourceViewer().getAnnotationModel();
        if (model == null) {
            return -1;
        }
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (CURRENT_IP.equals(a.getType())) {
                try {
                    return editor.document().getLineOfOffset(model.getPosition(a).getOffset()) + 1;
                } catch (org.eclipse.jface.text.BadLocationException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The Variables view's rows as {@code name|column|column...}, expanded rows included. */
    private static List<String> rows(IViewPart view) {
        Viewer viewer = ((IDebugView) view).getViewer();
        List<String> out = new ArrayList<>();
        collect(((Tree) viewer.getControl()).getItems(), Math.max(1, ((Tree) viewer.getControl()).getColumnCount()),
                out);
        return out;
    }

    private static void collect(TreeItem[] items, int columns, List<String> out) {
        for (TreeItem item : items) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                row.append(c == 0 ? "" : "|").append(item.getText(c).strip());
            }
            out.add(columns == 1 ? row.toString().replaceFirst("\\s*=\\s*", "|") : row.toString());
            collect(item.getItems(), columns, out);
        }
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
