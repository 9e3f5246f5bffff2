package io.atflow.launch.debug;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IWatchExpressionDelegate;
import org.eclipse.debug.core.model.IWatchExpressionListener;
import org.eclipse.debug.core.model.IWatchExpressionResult;

/**
 * Watch expressions of the Expressions view: evaluated by the run's debugger in the selected frame (the thread's top
 * frame when the thread is selected); a refused evaluation is the expression's error, in the debugger's sentence.
 */
public final class ScriptWatchDelegate implements IWatchExpressionDelegate {

    @Override
    public void evaluateExpression(String expression, IDebugElement context, IWatchExpressionListener listener) {
        ScriptStackFrame frame = frame(context);
        if (frame == null) {
            listener.watchEvaluationFinished(result(expression, null, "The script is not suspended.", null));
            return;
        }
        try {
            IValue value = new ScriptValue(frame, frame.evaluate(expression), null, new ScriptVariable[0]);
            listener.watchEvaluationFinished(result(expression, value, null, null));
        } catch (DebugException e) {
            listener.watchEvaluationFinished(result(expression, null, e.getStatus().getMessage(), e));
        }
    }

    static ScriptStackFrame frame(IDebugElement context) {
        if (context instanceof ScriptStackFrame f && f.isSuspended()) {
            return f;
        }
        if (context instanceof ScriptThread t) {
            IStackFrame top = t.getTopStackFrame();
            return top instanceof ScriptStackFrame f ? f : null;
        }
        if (context instanceof ScriptDebugTarget t) {
            return frame(t.thread());
        }
        return null;
    }

    private static IWatchExpressionResult result(String expression, IValue value, String error, DebugException e) {
        return new IWatchExpressionResult() {
            @Override
            public IValue getValue() {
                return value;
            }

            @Override
            public boolean hasErrors() {
                return error != null;
            }

            @Override
            public String[] getErrorMessages() {
                return error == null ? new String[0] : new String[] { error };
            }

            @Override
            public String getExpressionText() {
                return expression;
            }

            @Override
            public DebugException getException() {
                return e;
            }
        };
    }
}
