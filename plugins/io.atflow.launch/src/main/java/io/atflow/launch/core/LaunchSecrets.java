package io.atflow.launch.core;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ServiceCaller;

import io.atflow.secrets.WorkbenchSecrets;

/** The workbench's secrets for launches and the AT console: the OSGi service of {@code io.atflow.secrets}. */
public final class LaunchSecrets {
    private LaunchSecrets() {
    }

    /**
     * The secrets service (an immediate Declarative Services component, so the instance outlives this call).
     *
     * @throws IllegalStateException when the service is not registered
     */
    public static WorkbenchSecrets workbench() {
        AtomicReference<WorkbenchSecrets> found = new AtomicReference<>();
        if (!ServiceCaller.callOnce(LaunchSecrets.class, WorkbenchSecrets.class, found::set)) {
            throw new IllegalStateException("the secrets service of io.atflow.secrets is not registered;"
                    + " Declarative Services (org.apache.felix.scr) must be started");
        }
        return found.get();
    }
}
