package io.atflow.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The icons of the ATFlow editor ({@code icons/*.svg}), by key. */
public final class ScriptImages {
    public static final String SCRIPT = "script";
    public static final String STEP = "step";
    public static final String COMMAND = "command";
    public static final String EVENT = "event";
    public static final String DEVICE = "device";
    public static final String PRODUCT = "product";
    public static final String PAYLOAD = "payload";
    public static final String VARIABLE = "variable";
    public static final String INCLUDE = "include";
    public static final String TEMPLATE = "template";
    public static final String FIX = "fix";
    public static final String KEYWORD = "keyword";
    private static final String[] ALL = { SCRIPT, STEP, COMMAND, EVENT, DEVICE, PRODUCT, PAYLOAD, VARIABLE, INCLUDE,
        TEMPLATE, FIX, KEYWORD };

    private ScriptImages() {
    }

    public static Image get(String key) {
        AtFlowUi ui = AtFlowUi.getDefault();
        return ui == null ? null : ui.getImageRegistry().get(key);
    }

    public static ImageDescriptor descriptor(String key) {
        return AbstractUIPlugin.imageDescriptorFromPlugin(AtFlowUi.PLUGIN_ID, "icons/" + key + ".svg");
    }

    static void register(ImageRegistry registry) {
        for (String key : ALL) {
            registry.put(key, descriptor(key));
        }
    }
}
