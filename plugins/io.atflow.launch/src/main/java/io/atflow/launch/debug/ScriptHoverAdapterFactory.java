package io.atflow.launch.debug;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.source.ISourceViewer;

/** Gives the ATFlow editor's viewer the debug value hover ({@link ScriptValueHover}) as an adapter. */
public final class ScriptHoverAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        return adaptable instanceof ISourceViewer && adapterType == ITextHover.class
                ? adapterType.cast(new ScriptValueHover()) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { ITextHover.class };
    }
}
