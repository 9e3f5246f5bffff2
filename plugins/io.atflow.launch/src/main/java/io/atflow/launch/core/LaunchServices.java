package io.atflow.launch.core;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ServiceCaller;

import io.atflow.launch.urc.UrcLog;
import io.atflow.secrets.WorkbenchSecrets;

/**
 * The OSGi services launches, the AT console and the URC view share: the workbench's secrets (of
 * {@code io.atflow.secrets}) and the workbench's URC log ({@code OSGI-INF/urc-log.xml} of this bundle). Both are
 * immediate Declarative Services components, so an instance outlives the call that looked it up.
 */
public final class LaunchServices {
    private LaunchServices() {
    }

    /** The workbench's secrets. */
    public static WorkbenchSecrets secrets() {
        return get(WorkbenchSecrets.class);
    }

    /** The URC log every ATFlow launch and AT console of this workbench feeds and the URC view shows. */
    public static UrcLog urcs() {
        return get(UrcLog.class);
    }

    private static <S> S get(Class<S> type) {
        AtomicReference<S> found = new AtomicReference<>();
        if (!ServiceCaller.callOnce(LaunchServices.class, type, found::set)) {
            throw new IllegalStateException("the service " + type.getName() + " is not registered;"
                    + " Declarative Services (org.apache.felix.scr) must be started");
        }
        return found.get();
    }
}
