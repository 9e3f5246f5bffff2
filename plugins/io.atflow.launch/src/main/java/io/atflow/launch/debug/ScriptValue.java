package io.atflow.launch.debug;

import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A value as text (masked), with the children of structured values (an identity's fields, the backlog's URCs). */
public final class ScriptValue extends ScriptDebugElement implements IValue {
    private final String text;
    private final String type;
    private final IVariable[] children;

    ScriptValue(IDebugElement owner, String text, String type, IVariable[] children) {
        super(owner.getDebugTarget());
        this.text = text == null ? "" : text;
        this.type = type == null ? "" : type;
        this.children = children;
    }

    @Override
    public String getReferenceTypeName() {
        return type;
    }

    @Override
    public String getValueString() {
        return text;
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public IVariable[] getVariables() {
        return children.clone();
    }

    @Override
    public boolean hasVariables() {
        return children.length > 0;
    }
}
