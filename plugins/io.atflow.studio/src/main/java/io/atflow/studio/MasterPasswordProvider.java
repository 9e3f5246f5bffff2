package io.atflow.studio;

import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * A password provider for Eclipse secure storage with the lowest priority: products without the platform's own
 * providers (the ATFlow Studio has no keyring integration) ask the user for a master password instead of failing. It
 * never prompts when the storage was opened with {@link IProviderHints#PROMPT_USER} false or without a workbench.
 */
public class MasterPasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        if (container.hasOption(IProviderHints.PROMPT_USER)
                && Boolean.FALSE.equals(container.getOption(IProviderHints.PROMPT_USER))) {
            return null;
        }
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0;
        AtomicReference<char[]> password = new AtomicReference<>();
        display.syncExec(() -> password.set(MasterPasswordDialog.ask(display.getActiveShell(), create)));
        return password.get() == null ? null : new PBEKeySpec(password.get());
    }
}
