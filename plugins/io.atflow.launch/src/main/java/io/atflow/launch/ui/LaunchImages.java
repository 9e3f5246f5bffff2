package io.atflow.launch.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The bundle's icons ({@code icons/*.png}), shared and disposed with the display. */
public final class LaunchImages {
    public static final String SCRIPT = "atflow.png";
    public static final String URC = "urc.png";
    public static final String SAVE = "save.png";
    public static final String TERMINATE = "terminate.png";
    public static final String REMOVE = "remove.png";
    public static final String PAUSE = "pause.png";
    public static final String CLEAR = "clear.png";
    public static final String EXPORT = "export.png";
    public static final String CONNECT = "connect.png";
    public static final String DISCONNECT = "disconnect.png";

    private static ImageRegistry registry;

    private LaunchImages() {
    }

    public static ImageDescriptor descriptor(String name) {
        Bundle bundle = FrameworkUtil.getBundle(LaunchImages.class);
        return ImageDescriptor.createFromURL(bundle.getEntry("icons/" + name));
    }

    /** A shared image; call on the UI thread. */
    public static synchronized Image get(String name) {
        if (registry == null) {
            registry = new ImageRegistry(Display.getCurrent());
        }
        Image image = registry.get(name);
        if (image == null) {
            registry.put(name, descriptor(name));
            image = registry.get(name);
        }
        return image;
    }
}
