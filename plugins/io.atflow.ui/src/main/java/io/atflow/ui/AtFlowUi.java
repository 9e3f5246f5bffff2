package io.atflow.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.markers.WorkspaceValidator;
import io.atflow.secrets.WorkbenchSecrets;

/**
 * The ATFlow editor bundle: its preferences, images, the language shared by every editor and the workspace validator,
 * and that validator. Classes the workbench creates (editors, marker resolutions, preference pages) take the language
 * here and pass it to what they create.
 */
public class AtFlowUi extends AbstractUIPlugin {
    public static final String PLUGIN_ID = "io.atflow.ui";
    private static AtFlowUi plugin;
    private volatile ScriptLanguage language;
    private volatile WorkbenchSecrets secrets;
    private WorkspaceValidator validator;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        synchronized (this) {
            if (validator != null) {
                validator.stop();
                validator = null;
            }
        }
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
                    language = new ScriptLanguage(secrets());
                }
                l = language;
            }
        }
        return l;
    }

    /**
     * The workbench's secrets: the OSGi service of {@code io.atflow.secrets} (a Declarative Services component), held
     * while this bundle is active.
     */
    public WorkbenchSecrets secrets() {
        WorkbenchSecrets s = secrets;
        if (s == null) {
            synchronized (this) {
                if (secrets == null) {
                    BundleContext context = getBundle().getBundleContext();
                    ServiceReference<WorkbenchSecrets> ref = context.getServiceReference(WorkbenchSecrets.class);
                    secrets = ref == null ? null : context.getService(ref);
                    if (secrets == null) {
                        throw new IllegalStateException("the secrets service of io.atflow.secrets is not registered;"
                                + " Declarative Services (org.apache.felix.scr) must be started");
                    }
                }
                s = secrets;
            }
        }
        return s;
    }

    /** Starts checking every script of the workspace and each one that changes (once). */
    public synchronized void startValidator() {
        if (validator == null) {
            validator = new WorkspaceValidator(language(), secrets());
            validator.start();
        }
    }

    /** Checks a file soon (e.g. after its editor closed without saving), when the validator runs. */
    public synchronized void validateSoon(IFile file) {
        if (validator != null) {
            validator.validateSoon(file);
        }
    }

    public static void log(String message, Throwable t) {
        ILog.of(AtFlowUi.class).log(Status.error(message, t));
    }
}
