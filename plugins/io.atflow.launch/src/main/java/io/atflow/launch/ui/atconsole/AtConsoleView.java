package io.atflow.launch.ui.atconsole;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import io.atflow.launch.config.LaunchTargets;
import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.interactive.AtConsoleSession;
import io.atflow.launch.interactive.AtProposals;
import io.atflow.launch.ui.LaunchImages;
import io.atflow.lang.catalog.AtCatalog;

/**
 * The interactive AT console: shows an {@link AtConsoleSession} (connection, typed lines, what the module says,
 * URCs also in the live URC view) with a target choice, an input line with content assist from the catalog, and
 * Save as .atflow.
 */
public final class AtConsoleView extends ViewPart {
    /** The view's id. */
    public static final String ID = "io.atflow.launch.atConsoleView";
    /** The source of URCs in the URC view. */
    public static final String SOURCE = AtConsoleSession.SOURCE;

    private final AtCatalog catalog = AtCatalog.standard();
    private Display display;
    private Combo targets;
    private Button connect;
    private Label state;
    private ConsoleOutput output;
    private InputLine input;
    private List<ConnectionChoice> choices = List.of();
    private AtConsoleSession session;
    private Action save;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(4, false));
        new Label(root, SWT.NONE).setText("Target:");
        targets = new Combo(root, SWT.READ_ONLY);
        targets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        targets.addListener(SWT.MouseDown, e -> reloadTargets());
        connect = new Button(root, SWT.PUSH);
        connect.addListener(SWT.Selection, e -> {
            if (session.isConnected()) {
                disconnect();
            } else {
                connect(choice());
            }
        });
        state = new Label(root, SWT.NONE);
        state.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        output = new ConsoleOutput(root);
        output.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        Composite line = new Composite(root, SWT.NONE);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        GridLayout l = new GridLayout(2, false);
        l.marginWidth = 0;
        line.setLayout(l);
        session = new AtConsoleSession(catalog, LaunchServices.secrets().storage(), output::append, LaunchServices.urcs(),
                () -> ui(this::showState));
        input = new InputLine(line, new AtProposals(catalog), session::submit);
        createActions();
        reloadTargets();
        showState();
    }

    private void createActions() {
        save = new Action("Save as .atflow Script...", LaunchImages.descriptor(LaunchImages.SAVE)) {
            @Override
            public void run() {
                saveAs();
            }
        };
        Action clear = new Action("Clear", LaunchImages.descriptor(LaunchImages.CLEAR)) {
            @Override
            public void run() {
                output.clear();
            }
        };
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(save);
        bar.add(clear);
    }

    private void reloadTargets() {
        String current = targets.getText();
        choices = ConnectionChoice.all();
        targets.setItems(choices.stream().map(ConnectionChoice::label).toArray(String[]::new));
        int index = Math.max(0, choices.stream().map(ConnectionChoice::label).toList().indexOf(current));
        targets.select(index);
    }

    private ConnectionChoice choice() {
        int i = targets.getSelectionIndex();
        return i >= 0 && i < choices.size() ? choices.get(i) : ConnectionChoice.SIM;
    }

    /** Connects to {@code target} ({@code sim}, {@code tcp://...} or a serial port) in the background. */
    public void connect(String target) {
        connect(ConnectionChoice.typed(target));
    }

    private void connect(ConnectionChoice c) {
        if (session.isConnected()) {
            return;
        }
        connect.setEnabled(false);
        state.setText("Connecting to " + c.target() + "...");
        root().layout(true);
        session.connect(c.target(), () -> LaunchTargets.of(c.settings()));
    }

    /** Closes the connection; the session can still be saved. */
    public void disconnect() {
        session.close();
        showState();
    }

    /** Types {@code line} into the input and presses Enter. */
    public void type(String line) {
        input.control().setText(line);
        input.control().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
    }

    private void showState() {
        if (state.isDisposed()) {
            return;
        }
        boolean connected = session.isConnected();
        connect.setText(connected ? "Disconnect" : "Connect");
        connect.setImage(LaunchImages.get(connected ? LaunchImages.DISCONNECT : LaunchImages.CONNECT));
        connect.setEnabled(true);
        targets.setEnabled(!connected);
        input.setEnabled(connected);
        input.setPrompt(session.prompt());
        state.setText(connected ? "Connected: " + session.describe() : "Not connected");
        save.setEnabled(true);
        root().layout(true, true);
    }

    private Composite root() {
        return state.getParent();
    }

    /** The session as an {@code .atflow} script, if there was one. */
    public Optional<String> scriptText() {
        String target = session.isConnected() ? session.describe() : "a module";
        return session.script(List.of(
                "Recorded in the ATFlow AT console on " + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm")) + " against " + target + ".",
                "Values that change from run to run are captured ({name}); review the expectations before committing."));
    }

    /** Writes the session's script to {@code file} (created or replaced). */
    public void saveScript(IFile file) throws CoreException {
        byte[] bytes = scriptText().orElse("").getBytes(StandardCharsets.UTF_8);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(bytes), true, true, null);
        } else {
            file.create(new ByteArrayInputStream(bytes), true, null);
        }
    }

    private void saveAs() {
        if (scriptText().isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Save as .atflow Script",
                    "Connect and send some commands first; the session is saved as a script.");
            return;
        }
        SaveAsDialog d = new SaveAsDialog(getSite().getShell());
        d.setOriginalName("console-session.atflow");
        if (d.open() != SaveAsDialog.OK || d.getResult() == null) {
            return;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(
                d.getResult().getFileExtension() == null ? d.getResult().addFileExtension("atflow") : d.getResult());
        try {
            saveScript(file);
            IDE.openEditor(getSite().getPage(), file);
        } catch (PartInitException e) {
            // saved; the file just cannot be opened in an editor here
        } catch (CoreException e) {
            ErrorDialog.openError(getSite().getShell(), "Save as .atflow Script", "Cannot save " + file.getFullPath() + ".",
                    e.getStatus());
        }
    }

    /** True while connected. */
    public boolean isConnected() {
        return session.isConnected();
    }

    /** The input line's content assist (catalog commands). */
    public org.eclipse.jface.fieldassist.ContentProposalAdapter contentAssist() {
        return input.assist();
    }

    /** The transcript pane's text. */
    public String outputText() {
        return output.text();
    }

    private void ui(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!state.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    @Override
    public void setFocus() {
        input.control().setFocus();
    }

    @Override
    public void dispose() {
        session.close();
        super.dispose();
    }
}
