package io.atflow.ui.tests.launch;

import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.jface.operation.IRunnableWithProgress;

/** Enough of the launch configuration dialog for a tab outside it. */
final class TabDialog implements ILaunchConfigurationDialog {
    @Override
    public String generateName(String name) {
        return name;
    }

    @Override
    public ILaunchConfigurationTab[] getTabs() {
        return new ILaunchConfigurationTab[0];
    }

    @Override
    public ILaunchConfigurationTab getActiveTab() {
        return null;
    }

    @Override
    public String getMode() {
        return "run";
    }

    @Override
    public void setName(String name) {
    }

    @Override
    public void setActiveTab(ILaunchConfigurationTab tab) {
    }

    @Override
    public void setActiveTab(int index) {
    }

    @Override
    public void updateButtons() {
    }

    @Override
    public void updateMessage() {
    }

    @Override
    public void run(boolean fork, boolean cancelable, IRunnableWithProgress runnable) {
    }
}
