package io.atflow.ui.markers;

import org.eclipse.ui.IStartup;

import io.atflow.ui.AtFlowUi;

/** Starts the {@link WorkspaceValidator} with the workbench, so scripts that are never opened get markers too. */
public class ValidatorStartup implements IStartup {

    @Override
    public void earlyStartup() {
        AtFlowUi.getDefault().startValidator();
    }
}
