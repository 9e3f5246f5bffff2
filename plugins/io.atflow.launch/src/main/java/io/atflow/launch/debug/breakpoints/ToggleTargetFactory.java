package io.atflow.launch.debug.breakpoints;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;

/** Adapts the ATFlow editor (declared by class name in plugin.xml) to its breakpoint toggler. */
public final class ToggleTargetFactory implements IAdapterFactory {
    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (IToggleBreakpointsTarget.class.equals(adapterType)) {
            return adapterType.cast(ScriptBreakpointToggler.workbench());
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IToggleBreakpointsTarget.class };
    }
}
