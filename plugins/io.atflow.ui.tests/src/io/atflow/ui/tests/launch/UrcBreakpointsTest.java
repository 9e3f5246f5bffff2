package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.debug.ScriptThread;
import io.atflow.launch.debug.breakpoints.BreakpointMarkers;
import io.atflow.launch.debug.breakpoints.ScriptEventBreakpoint;
import io.atflow.run.Verdict;
import io.atflow.run.debug.StopReason;
import io.atflow.ui.tests.support.UiWait;

/**
 * Several Suspend on URC breakpoints in Eclipse: every enabled one reaches the run, each stop's breakpoint is the one
 * whose pattern matched, and disabling one while the run is suspended takes effect. The property-post example opens
 * (+QMTOPEN: 0,0), connects (+QMTCONN: 0,0,0) and subscribes (+QMTSUB: 0,1,0,1), application note §4.1.3-4.1.4.
 */
class UrcBreakpointsTest {
    private DebugSessions session;

    @BeforeEach
    void setUp() throws Exception {
        session = DebugSessions.begin();
    }

    @AfterEach
    void tearDown() throws Exception {
        session.end();
    }

    @Test
    void everyEnabledPatternStopsAndNamesItsBreakpoint() throws Exception {
        IFile script = Workspace.example("7-property-post.atflow");
        ScriptEventBreakpoint open = new ScriptEventBreakpoint(BreakpointMarkers.URC, "+QMTOPEN: 0,{result}", true);
        ScriptEventBreakpoint conn = new ScriptEventBreakpoint(BreakpointMarkers.URC, "+QMTCONN: 0,{result},{code}",
                true);
        ScriptEventBreakpoint sub = new ScriptEventBreakpoint(BreakpointMarkers.URC, "+QMTSUB: 0,1,{result},{qos}",
                true);
        ILaunch launch = Launches.config(script, "sim", Map.of()).launch(ILaunchManager.DEBUG_MODE, null);
        ScriptThread thread = DebugSessions.target(launch).thread();

        DebugSessions.awaitSuspended(launch, thread);
        assertEquals(StopReason.URC, thread.suspension().reason(), thread.suspension().description());
        assertTrue(thread.suspension().description().startsWith("URC +QMTOPEN: 0,0"), thread.suspension()::description);
        assertEquals(List.of(open), List.of(thread.getBreakpoints()));

        // while suspended: the next stop is the subscription's. The breakpoint manager tells its listeners in the
        // order they were added: once this one heard of the change, the launch's sync (added at launch) passed it on
        java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
        IBreakpointListener heard = new IBreakpointListener() {
            @Override
            public void breakpointAdded(IBreakpoint b) {
            }

            @Override
            public void breakpointRemoved(IBreakpoint b, IMarkerDelta d) {
            }

            @Override
            public void breakpointChanged(IBreakpoint b, IMarkerDelta d) {
                told.compareAndSet(false, b == conn);
            }
        };
        DebugPlugin.getDefault().getBreakpointManager().addBreakpointListener(heard);
        try {
            conn.setEnabled(false);
            UiWait.until(told::get, "the breakpoint manager to tell of the disabled breakpoint");
        } finally {
            DebugPlugin.getDefault().getBreakpointManager().removeBreakpointListener(heard);
        }
        thread.resume();
        UiWait.until(() -> !thread.isSuspended() || thread.suspension() != null
                && thread.suspension().description().startsWith("URC +QMTSUB"), "the run to go on");
        DebugSessions.awaitSuspended(launch, thread);
        assertTrue(thread.suspension().description().startsWith("URC +QMTSUB: 0,1,0,1"),
                () -> "the disabled +QMTCONN pattern did not stop: " + thread.suspension().description());
        assertEquals(List.of(sub), List.of(thread.getBreakpoints()));

        thread.resume();
        Launches.awaitEnd(launch);
        assertEquals(Verdict.PASSED, Launches.process(launch).result().verdict(), Launches.consoleText(launch));
    }
}
