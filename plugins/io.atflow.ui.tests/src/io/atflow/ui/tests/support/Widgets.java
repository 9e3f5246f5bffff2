package io.atflow.ui.tests.support;

import java.util.function.Predicate;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Finding widgets the way a person sees them: in the visible shells of the display. */
public final class Widgets {
    private Widgets() {
    }

    /** The first control of {@code type} under {@code parent} (depth first) that passes {@code test}, or null. */
    public static <T extends Control> T find(Composite parent, Class<T> type, Predicate<T> test) {
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c) && test.test(type.cast(c))) {
                return type.cast(c);
            }
            if (c instanceof Composite child) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first visible control of {@code type} in any visible shell that passes {@code test}, or null. */
    public static <T extends Control> T findShown(Class<T> type, Predicate<T> test) {
        for (Shell s : Display.getCurrent().getShells()) {
            if (s.isVisible()) {
                T found = find(s, type, c -> c.isVisible() && test.test(c));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * True when {@code text}, drawn in {@code widget}'s font, fits into {@code cell} (a table or tree item's text bounds
     * in a column): the picture shows it whole, not cut off.
     */
    public static boolean showsWhole(Control widget, String text, Rectangle cell) {
        GC gc = new GC(widget);
        try {
            gc.setFont(widget.getFont());
            return gc.textExtent(text).x <= cell.width;
        } finally {
            gc.dispose();
        }
    }
}
