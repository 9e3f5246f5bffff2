package io.atflow.launch.debug;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A name and its (masked) value as the debugger gave it; read-only. */
public final class ScriptVariable extends ScriptDebugElement implements IVariable {
    private final String name;
    private final ScriptValue value;

    ScriptVariable(IDebugElement owner, String name, ScriptValue value) {
        super(owner.getDebugTarget());
        this.name = name;
        this.value = value;
    }

    @Override
    public IValue getValue() {
        return value;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getReferenceTypeName() {
        return value.getReferenceTypeName();
    }

    @Override
    public boolean hasValueChanged() {
        return false;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw readOnly();
    }

    @Override
    public void setValue(IValue v) throws DebugException {
        throw readOnly();
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public boolean verifyValue(String expression) {
        return false;
    }

    @Override
    public boolean verifyValue(IValue v) {
        return false;
    }

    private DebugException readOnly() {
        return new DebugException(org.eclipse.core.runtime.Status.error("The variables of an ATFlow run are read-only."));
    }
}
