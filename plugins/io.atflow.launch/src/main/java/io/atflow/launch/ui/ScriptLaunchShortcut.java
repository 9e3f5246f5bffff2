package io.atflow.launch.ui;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import io.atflow.launch.config.LaunchCheck;
import io.atflow.launch.core.LaunchConfigs;

/**
 * Run As &gt; ATFlow Script, from an editor or a selected {@code .atflow} file: reuses the configuration that runs
 * the file (asking when there are several) or creates one that runs it against the simulated module.
 */
public final class ScriptLaunchShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        launch(script(selection), mode);
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        launch(script(editor), mode);
    }

    private void launch(IFile file, String mode) {
        if (file == null) {
            return;
        }
        try {
            ILaunchConfiguration config = configFor(file);
            if (config != null) {
                DebugUITools.launch(config, mode);
            }
        } catch (CoreException e) {
            ErrorDialog.openError(Display.getCurrent().getActiveShell(), "ATFlow Script",
                    "Cannot launch " + file.getFullPath() + ".", e.getStatus());
        }
    }

    /** The configuration to run {@code file} with: the only existing one, a chosen one, or a new one. */
    static ILaunchConfiguration configFor(IFile file) throws CoreException {
        List<ILaunchConfiguration> existing = LaunchConfigs.forScript(file);
        if (existing.isEmpty()) {
            return LaunchConfigs.create(file);
        }
        if (existing.size() == 1) {
            return existing.get(0);
        }
        ElementListSelectionDialog d = new ElementListSelectionDialog(Display.getCurrent().getActiveShell(),
                DebugUITools.newDebugModelPresentation());
        d.setElements(existing.toArray());
        d.setTitle("ATFlow Script");
        d.setMessage("Choose the launch configuration to run " + file.getName() + " with:");
        d.setMultipleSelection(false);
        return d.open() == Window.OK ? (ILaunchConfiguration) d.getFirstResult() : null;
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return existing(script(selection));
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return existing(script(editor));
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        return script(selection);
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return script(editor);
    }

    private static ILaunchConfiguration[] existing(IFile file) {
        if (file == null) {
            return null;
        }
        try {
            List<ILaunchConfiguration> found = LaunchConfigs.forScript(file);
            return found.isEmpty() ? null : found.toArray(ILaunchConfiguration[]::new);
        } catch (CoreException e) {
            return null;
        }
    }

    /** The {@code .atflow} file of a selection (first element), or null. */
    static IFile script(ISelection selection) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            return atflow(Adapters.adapt(s.getFirstElement(), IFile.class));
        }
        return null;
    }

    static IFile script(IEditorPart editor) {
        return editor == null ? null : atflow(Adapters.adapt(editor.getEditorInput(), IFile.class));
    }

    private static IFile atflow(IFile f) {
        return f != null && LaunchCheck.EXTENSION.equals(f.getFileExtension()) ? f : null;
    }
}
