package io.atflow.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.atflow.lang.ide.examples.FlowExample;
import io.atflow.lang.ide.examples.FlowExamples;

/**
 * File &gt; New &gt; ATFlow Script: an empty script or one of the application note's flows (the project's example
 * scripts). The files a flow includes ({@code common/network.atflow}, ...) are created next to it when missing.
 */
public class NewScriptWizard extends Wizard implements INewWizard {
    public static final String ID = "io.atflow.ui.wizards.newScript";
    private IWorkbench workbench;
    private IStructuredSelection selection;
    private NewScriptPage page;
    private IFile created;

    @Override
    public void init(IWorkbench wb, IStructuredSelection sel) {
        this.workbench = wb;
        this.selection = sel;
        setWindowTitle("New ATFlow Script");
    }

    @Override
    public void addPages() {
        page = new NewScriptPage(selection);
        addPage(page);
    }

    /** The page, e.g. for tests. */
    public NewScriptPage page() {
        return page;
    }

    /** The file made by the last finish, or null. */
    public IFile created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        Optional<FlowExample> flow = page.startingPoint();
        try {
            if (flow.isPresent()) {
                createIncludes(file.getParent(), flow.get().includes());
            }
        } catch (CoreException e) {
            MessageDialog.openError(getShell(), "New ATFlow Script", "The script was created, but a file it includes"
                    + " could not be: " + e.getStatus().getMessage());
        }
        created = file;
        IWorkbenchPage activePage = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(activePage, file);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "New ATFlow Script", "Cannot open " + file.getName() + ": "
                    + e.getMessage());
        }
        return true;
    }

    /** Creates the included example files (and what they include) that do not exist yet. */
    static void createIncludes(IContainer dir, java.util.List<String> includes) throws CoreException {
        Deque<String> todo = new ArrayDeque<>(includes);
        while (!todo.isEmpty()) {
            String path = todo.pop();
            Optional<String> text = FlowExamples.read(path);
            IFile target = dir.getFile(IPath.fromPortableString(path));
            if (text.isEmpty() || target.exists()) {
                continue;
            }
            mkdirs(target.getParent());
            target.create(new ByteArrayInputStream(text.get().getBytes(StandardCharsets.UTF_8)), true, null);
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            new FlowExample(path, "", text.get()).includes().forEach(i -> todo.push(folder + i));
        }
    }

    private static void mkdirs(IContainer c) throws CoreException {
        if (c instanceof IFolder f && !f.exists()) {
            mkdirs(f.getParent());
            f.create(true, true, null);
        }
    }
}
