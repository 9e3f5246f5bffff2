package io.atflow.launch.debug.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Texts and images of ATFlow breakpoints in the Breakpoints view and the editor ruler, used by the debug model
 * presentation: {@code connect.atflow [line: 12] [hit count: 3] [conditional]}, {@code Suspend on failure},
 * {@code Suspend on URC +QMTSTAT: 0,{err}}; a line breakpoint the running debugger could not bind ends with
 * {@code [not verified: why]} and its image carries a warning decoration.
 */
public final class BreakpointLabels {
    private static final String NOT_SET = " is not set: ";

    private BreakpointLabels() {
    }

    /** The text of an ATFlow breakpoint, or null for other elements. */
    public static String text(Object element) {
        if (element instanceof ScriptLineBreakpoint line) {
            StringBuilder s = new StringBuilder(line.getMarker().getResource().getName());
            s.append(" [line: ").append(line.getMarker().getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0))
                    .append(']');
            if (line.getHitCondition() != null) {
                s.append(" [hit count: ").append(line.getHitCondition()).append(']');
            }
            if (line.getCondition() != null) {
                s.append(" [conditional: ").append(line.getCondition()).append(']');
            }
            if (line.unverified() != null) {
                s.append(" [not verified: ").append(reason(line.unverified())).append(']');
            }
            return s.toString();
        }
        if (element instanceof ScriptEventBreakpoint event) {
            return event.isUrc() ? "Suspend on URC " + event.urcPattern() : "Suspend on failure";
        }
        return null;
    }

    /** The debugger's sentence without its "the breakpoint at line N of F is not set: " (the row names both). */
    static String reason(String unverified) {
        int cut = unverified.indexOf(NOT_SET);
        return cut < 0 ? unverified : unverified.substring(cut + NOT_SET.length());
    }

    /** The image of an ATFlow breakpoint (enabled or not), or null for other elements. */
    public static Image image(Object element) {
        if (!(element instanceof ScriptLineBreakpoint) && !(element instanceof ScriptEventBreakpoint)) {
            return null;
        }
        boolean enabled;
        try {
            enabled = ((IBreakpoint) element).isEnabled();
        } catch (CoreException e) {
            enabled = false;
        }
        if (element instanceof ScriptEventBreakpoint event) {
            return eventImage(event.isUrc() ? "icons/suspend-urc.svg" : "icons/suspend-failure.svg", enabled);
        }
        String base = enabled ? IDebugUIConstants.IMG_OBJS_BREAKPOINT : IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED;
        return ((ScriptLineBreakpoint) element).unverified() != null ? unverifiedImage(base)
                : DebugUITools.getImage(base);
    }

    /** The breakpoint image with the workbench's warning decoration at its bottom left (JFace's registry keeps it). */
    private static Image unverifiedImage(String base) {
        ImageRegistry images = JFaceResources.getImageRegistry();
        String key = "io.atflow.launch/unverified/" + base;
        if (images.getDescriptor(key) == null) {
            images.put(key, new DecorationOverlayIcon(DebugUITools.getImageDescriptor(base), PlatformUI.getWorkbench()
                    .getSharedImages().getImageDescriptor(ISharedImages.IMG_DEC_FIELD_WARNING), IDecoration.BOTTOM_LEFT));
        }
        return images.get(key);
    }

    /** The icon of the Breakpoints view's action that made it, greyed when disabled (JFace's image registry keeps it). */
    private static Image eventImage(String path, boolean enabled) {
        ImageRegistry images = JFaceResources.getImageRegistry();
        String key = "io.atflow.launch/" + path + (enabled ? "" : "#disabled");
        if (images.getDescriptor(key) == null) {
            ImageDescriptor icon = ImageDescriptor.createFromURL(
                    FrameworkUtil.getBundle(BreakpointLabels.class).getEntry(path));
            images.put(key, enabled ? icon : ImageDescriptor.createWithFlags(icon, SWT.IMAGE_DISABLE));
        }
        return images.get(key);
    }
}
