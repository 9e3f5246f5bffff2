package io.atflow.launch.debug;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.core.model.IWatchExpressionResult;
import org.junit.jupiter.api.Test;

import io.atflow.run.debug.DebugFrame;
import io.atflow.run.debug.DebugScope;
import io.atflow.run.debug.DebugVariable;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;

/** The debug model over a recording debugger: suspension, frames, variables, steps, watch, labels. */
class ScriptThreadTest {
    private static final Path SCRIPT = Path.of("/ws/p/connect.atflow").toAbsolutePath();
    private final FakeDebugger debugger = new FakeDebugger();
    private final ScriptDebugTarget target = new ScriptDebugTarget(null, runningProcess(), debugger,
            "connect.atflow [sim]", new BreakpointSync(null, debugger));
    private final ScriptThread thread = target.thread();

    private static IProcess runningProcess() {
        return (IProcess) Proxy.newProxyInstance(IProcess.class.getClassLoader(), new Class<?>[] { IProcess.class },
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    }

    private void suspendAtBreakpoint() {
        debugger.suspend(new Suspension(StopReason.BREAKPOINT, "breakpoint at connect.atflow:4", List.of(
                new DebugFrame(2, "send AT+QMTOPEN=0,\"host\",1883", SCRIPT, 4),
                new DebugFrame(1, "step \"connect\"", SCRIPT, 2),
                new DebugFrame(0, "script connect.atflow", SCRIPT, 1))));
    }

    @Test
    void runningThreadCanOnlyBeSuspended() {
        assertFalse(thread.isSuspended());
        assertFalse(thread.canResume());
        assertFalse(thread.canStepOver());
        assertTrue(thread.canSuspend());
        assertEquals(0, thread.getStackFrames().length);
        thread.suspend();
        assertEquals(List.of("pause"), debugger.requests);
        assertEquals("script (running)", DebugLabels.text(thread));
        DebugException e = assertThrows(DebugException.class, thread::resume);
        assertEquals("The run is not suspended.", e.getStatus().getMessage());
        assertFalse(thread.isStepping(), "a refused step leaves the thread as it was");
    }

    @Test
    void suspensionGivesFramesInnermostFirstWithFileAndLine() throws Exception {
        suspendAtBreakpoint();
        assertTrue(thread.isSuspended());
        assertTrue(target.isSuspended());
        IStackFrame[] frames = thread.getStackFrames();
        assertEquals(List.of("send AT+QMTOPEN=0,\"host\",1883", "step \"connect\"", "script connect.atflow"),
                Arrays.stream(frames).map(ScriptThreadTest::name).toList());
        assertEquals(4, thread.getTopStackFrame().getLineNumber());
        assertEquals(SCRIPT, ((ScriptStackFrame) frames[1]).frame().file());
        assertEquals("script (suspended at a breakpoint: breakpoint at connect.atflow:4)", DebugLabels.text(thread));
        assertEquals("step \"connect\"  [connect.atflow:2]", DebugLabels.text(frames[1]));
    }

    @Test
    void stepsAndResumeGoToTheDebuggerAndEndTheSuspension() throws Exception {
        suspendAtBreakpoint();
        thread.stepOver();
        assertFalse(thread.isSuspended());
        assertEquals(0, thread.getStackFrames().length);
        suspendAtBreakpoint();
        thread.stepInto();
        suspendAtBreakpoint();
        thread.getTopStackFrame().stepReturn();
        suspendAtBreakpoint();
        target.resume();
        assertEquals(List.of("stepOver", "stepInto", "stepOut", "resume"), debugger.requests);
    }

    @Test
    void variablesAreTheScriptScopeThenOneRowPerOtherScope() throws Exception {
        debugger.scopes = Map.of(2, List.of(
                new DebugScope("Variables", List.of(DebugVariable.leaf("host", "iot.example", "string"))),
                new DebugScope("Identities", List.of(new DebugVariable("meter", "device001", "device",
                        List.of(DebugVariable.leaf("deviceSecret", "********", "string"))))),
                new DebugScope("Module", List.of(DebugVariable.leaf("lastCommand", "AT+QMTOPEN=0", "string")))));
        suspendAtBreakpoint();
        IVariable[] rows = thread.getTopStackFrame().getVariables();
        assertEquals(List.of("host=iot.example", "Identities=", "Module="),
                Arrays.stream(rows).map(ScriptThreadTest::row).toList());
        IVariable meter = rows[1].getValue().getVariables()[0];
        assertEquals("meter=device001", row(meter));
        assertTrue(meter.getValue().hasVariables());
        assertEquals("deviceSecret=********", row(meter.getValue().getVariables()[0]));
        assertFalse(rows[0].getValue().hasVariables());
        assertFalse(rows[0].supportsValueModification());
    }

    @Test
    void framesOfAnEndedSuspensionHaveNoVariables() throws Exception {
        suspendAtBreakpoint();
        IStackFrame old = thread.getTopStackFrame();
        thread.resume();
        assertFalse(old.hasVariables());
        assertEquals(0, old.getVariables().length);
    }

    @Test
    void watchExpressionsEvaluateInTheFrameOrSayWhyNot() {
        debugger.values = Map.of("host", "iot.example");
        suspendAtBreakpoint();
        IWatchExpressionResult[] got = new IWatchExpressionResult[1];
        ScriptWatchDelegate watch = new ScriptWatchDelegate();
        watch.evaluateExpression("host", thread, r -> got[0] = r);
        assertEquals("iot.example", value(got[0].getValue()));
        watch.evaluateExpression("nope", thread.getTopStackFrame(), r -> got[0] = r);
        assertTrue(got[0].hasErrors());
        assertArrayEquals(new String[] { "nope is not defined at this point of the script." },
                got[0].getErrorMessages());
        assertNull(got[0].getValue());
    }

    @Test
    void stopReasonsBecomeSuspendDetails() {
        assertEquals(org.eclipse.debug.core.DebugEvent.BREAKPOINT, StopDetails.of(StopReason.BREAKPOINT));
        assertEquals(org.eclipse.debug.core.DebugEvent.BREAKPOINT, StopDetails.of(StopReason.FAILURE));
        assertEquals(org.eclipse.debug.core.DebugEvent.BREAKPOINT, StopDetails.of(StopReason.URC));
        assertEquals(org.eclipse.debug.core.DebugEvent.STEP_END, StopDetails.of(StopReason.STEP));
        assertEquals(org.eclipse.debug.core.DebugEvent.CLIENT_REQUEST, StopDetails.of(StopReason.PAUSE));
    }

    private static String name(IStackFrame f) {
        return ((ScriptStackFrame) f).getName();
    }

    private static String row(IVariable v) {
        try {
            return v.getName() + "=" + v.getValue().getValueString();
        } catch (DebugException e) {
            throw new AssertionError(e);
        }
    }

    private static String value(IValue v) {
        try {
            return v.getValueString();
        } catch (DebugException e) {
            throw new AssertionError(e);
        }
    }
}
