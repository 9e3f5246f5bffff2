package io.atflow.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.markers.WorkspaceValidator;
import io.atflow.ui.secrets.WorkbenchSecrets;

/** The ATFlow editor bundle: its preferences, images and the language shared by every editor and the validator. */
public class AtFlowUi extends AbstractUIPlugin {
    public static final String PLUGIN_ID = "io.atflow.ui";
    private static AtFlowUi plugin;
    private volatile ScriptLanguage language;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        WorkspaceValidator.stop();
        plugin = null;
        super.stop(context);
    }

    @Override
    protected void initializeImageRegistry(org.eclipse.jface.resource.ImageRegistry registry) {
        ScriptImages.register(registry);
    }

    public static AtFlowUi getDefault() {
        return plugin;
    }

    /** The ATFlow language with its IDE services; {@code secret(...)} resolves through {@link WorkbenchSecrets}. */
    public ScriptLanguage language() {
        ScriptLanguage l = language;
        if (l == null) {
            synchronized (this) {
                if (language == null) {
                    language = new ScriptLanguage(WorkbenchSecrets.resolver());
                }
                l = language;
            }
        }
        return l;
    }

    /** Shortcut for {@code getDefault().language()}. */
    public static ScriptLanguage lang() {
        return getDefault().language();
    }

    public static void log(String message, Throwable t) {
        ILog.of(AtFlowUi.class).log(Status.error(message, t));
    }
}
