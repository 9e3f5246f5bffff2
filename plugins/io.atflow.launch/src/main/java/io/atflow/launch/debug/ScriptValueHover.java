package io.atflow.launch.debug;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/**
 * Hover on a name while an ATFlow run is suspended: {@code grantedQos = 0}, evaluated by the debugger in the selected
 * frame (else the top frame of the suspended run). The editor's own hover asks for it as an adapter of its viewer
 * ({@link ScriptHoverAdapterFactory}), so the editor bundle does not depend on this one.
 */
public final class ScriptValueHover implements ITextHover {

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return frame() == null ? null : nameAt(viewer.getDocument(), offset);
    }

    @Override
    @Deprecated
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        ScriptStackFrame frame = frame();
        if (frame == null || region == null || region.getLength() == 0) {
            return null;
        }
        try {
            String name = viewer.getDocument().get(region.getOffset(), region.getLength());
            return name + " = " + frame.evaluate(name);
        } catch (BadLocationException | DebugException e) {
            return null;
        }
    }

    /** The name (dotted path up to the end of the hovered word) at {@code offset}, or null. */
    static IRegion nameAt(IDocument document, int offset) {
        try {
            int start = offset;
            while (start > 0 && (part(document.getChar(start - 1)) || document.getChar(start - 1) == '.')) {
                start--;
            }
            while (start < offset && !Character.isLetter(document.getChar(start)) && document.getChar(start) != '_') {
                start++;
            }
            int end = offset;
            while (end < document.getLength() && part(document.getChar(end))) {
                end++;
            }
            return end > start ? new Region(start, end - start) : null;
        } catch (BadLocationException e) {
            return null;
        }
    }

    private static boolean part(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The selected ATFlow frame, else the top frame of a suspended ATFlow run, or null. */
    static ScriptStackFrame frame() {
        ScriptStackFrame selected = ScriptWatchDelegate.frame(Adapters.adapt(DebugUITools.getDebugContext(),
                org.eclipse.debug.core.model.IDebugElement.class));
        if (selected != null) {
            return selected;
        }
        for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            for (IDebugTarget t : launch.getDebugTargets()) {
                if (t instanceof ScriptDebugTarget s && s.isSuspended()) {
                    return ScriptWatchDelegate.frame(s);
                }
            }
        }
        return null;
    }
}
