package io.atflow.ui.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IViewerCreator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;

/** Creates the {@link ScriptMergeViewer} for {@code .atflow} files (extension {@code contentMergeViewers}). */
public final class ScriptMergeViewerCreator implements IViewerCreator {
    @Override
    public Viewer createViewer(Composite parent, CompareConfiguration configuration) {
        return new ScriptMergeViewer(parent, configuration);
    }
}
