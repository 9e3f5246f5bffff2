package io.atflow.launch.ui;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;

import io.atflow.launch.ui.atconsole.AtConsoleView;
import io.atflow.launch.ui.urc.UrcView;

/**
 * The ATFlow perspective: scripts on the left, the editor in the middle, the outline on the right, and below the
 * run console (with the AT console and Problems) next to the live URC view.
 */
public final class AtFlowPerspective implements IPerspectiveFactory {
    /** The perspective's id. */
    public static final String ID = "io.atflow.launch.perspective";
    /** The new-script wizard of the editor bundle. */
    public static final String NEW_SCRIPT_WIZARD = "io.atflow.ui.wizards.newScript";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("io.atflow.left", IPageLayout.LEFT, 0.18f, editor);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("io.atflow.bottom", IPageLayout.BOTTOM, 0.5f, editor);
        bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);
        bottom.addView(AtConsoleView.ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        IFolderLayout urcs = layout.createFolder("io.atflow.urcs", IPageLayout.RIGHT, 0.52f, "io.atflow.bottom");
        urcs.addView(UrcView.ID);
        IFolderLayout right = layout.createFolder("io.atflow.right", IPageLayout.RIGHT, 0.78f, editor);
        right.addView(IPageLayout.ID_OUTLINE);

        layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
        layout.addNewWizardShortcut(NEW_SCRIPT_WIZARD);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
        layout.addShowViewShortcut(UrcView.ID);
        layout.addShowViewShortcut(AtConsoleView.ID);
        layout.addShowViewShortcut(IConsoleConstants.ID_CONSOLE_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addPerspectiveShortcut("org.eclipse.ui.resourcePerspective");
    }
}
