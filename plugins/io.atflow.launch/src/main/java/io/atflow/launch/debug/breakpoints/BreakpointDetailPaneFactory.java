package io.atflow.launch.debug.breakpoints;

import java.util.Set;

import org.eclipse.debug.ui.IDetailPane;
import org.eclipse.debug.ui.IDetailPaneFactory;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Gives the Breakpoints view the {@link BreakpointDetailPane} for one selected ATFlow line breakpoint. */
public final class BreakpointDetailPaneFactory implements IDetailPaneFactory {
    @Override
    public Set<String> getDetailPaneTypes(IStructuredSelection selection) {
        return applies(selection) ? Set.of(BreakpointDetailPane.ID) : Set.of();
    }

    @Override
    public String getDefaultDetailPane(IStructuredSelection selection) {
        return applies(selection) ? BreakpointDetailPane.ID : null;
    }

    @Override
    public IDetailPane createDetailPane(String paneID) {
        return BreakpointDetailPane.ID.equals(paneID) ? new BreakpointDetailPane() : null;
    }

    @Override
    public String getDetailPaneName(String paneID) {
        return BreakpointDetailPane.ID.equals(paneID) ? BreakpointDetailPane.NAME : null;
    }

    @Override
    public String getDetailPaneDescription(String paneID) {
        return BreakpointDetailPane.ID.equals(paneID) ? "The condition and hit count of an ATFlow line breakpoint"
                : null;
    }

    private static boolean applies(IStructuredSelection selection) {
        return selection != null && selection.size() == 1
                && selection.getFirstElement() instanceof ScriptLineBreakpoint;
    }
}
