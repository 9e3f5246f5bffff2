package io.atflow.launch.ui.atconsole;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

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

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.launch.console.ConsoleLine;
import io.atflow.launch.console.LineKind;
import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.interactive.AtConsoleSession;
import io.atflow.launch.interactive.AtProposals;
import io.atflow.launch.interactive.CommandPlan;
import io.atflow.launch.interactive.ConsoleConnection;
import io.atflow.launch.interactive.Recorded;
import io.atflow.launch.interactive.ScriptWriter;
import io.atflow.launch.ui.LaunchImages;
import io.atflow.launch.urc.UrcLog;
import io.atflow.launch.urc.UrcRowDecoder;

/**
 * The interactive AT console: connect to the simulated module or a launch configuration's target, type commands
 * with content assist from the catalog, watch responses and URCs (also in the live URC view), and save the session
 * as an {@code .atflow} script.
 */
public final class AtConsoleView extends ViewPart {
    /** The view's id. */
    public static final String ID = "io.atflow.launch.atConsoleView";
    /** The input prompt while a command can be typed. */
    public static final String PROMPT = "AT>";
    /** The source of URCs in the URC view. */
    public static final String SOURCE = "AT console";

    private final AtCatalog catalog = AtCatalog.standard();
    private final UrcRowDecoder decoder = new UrcRowDecoder(catalog);
    private final UrcLog urcs = LaunchServices.urcs();
    private Display display;
    private Combo targets;
    private Button connect;
    private Label state;
    private ConsoleOutput output;
    private InputLine input;
    private List<ConnectionChoice> choices = List.of();
    private volatile AtConsoleSession session;
    private CommandPlan awaitingData;
    private Action save;
    private List<Recorded> lastEntries = List.of();

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
            if (session == null) {
                connect(choice());
            } else {
                disconnect();
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
        input = new InputLine(line, new AtProposals(catalog), this::submit);
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
        connect(new ConnectionChoice(target, target, io.atflow.engine.transport.SerialSettings.of(target)));
    }

    private void connect(ConnectionChoice c) {
        if (session != null) {
            return;
        }
        connect.setEnabled(false);
        state.setText("Connecting to " + c.target() + "...");
        root().layout(true);
        Thread t = new Thread(() -> open(c), "atflow-console-connect");
        t.setDaemon(true);
        t.start();
    }

    private void open(ConnectionChoice c) {
        try {
            AtConsoleSession s = AtConsoleSession.open(ConsoleConnection.of(c.target(), c.serial()), catalog,
                    LaunchServices.secrets().storage(), new AtConsoleSession.Output() {
                        @Override
                        public void line(ConsoleLine line) {
                            output.append(line);
                        }

                        @Override
                        public void closed(String reason) {
                            output.append(new ConsoleLine(Instant.now(), LineKind.INFO, "Disconnected: " + reason));
                            ui(() -> ended());
                        }
                    }, (time, urc) -> urcs.append(decoder.decode(urcs.nextSeq(), time, SOURCE, urc, null)));
            session = s;
            output.append(new ConsoleLine(Instant.now(), LineKind.INFO, "Connected to " + s.describe()
                    + "; type AT commands (" + InputLine.ASSIST_KEY + " proposes the catalog's commands)"));
        } catch (Exception e) {
            output.append(new ConsoleLine(Instant.now(), LineKind.FAIL, "Cannot connect to " + c.target() + ": "
                    + e.getMessage()));
        }
        ui(this::showState);
    }

    private void ended() {
        keep(session);
        session = null;
        awaitingData = null;
        showState();
    }

    /** Closes the session. */
    public void disconnect() {
        AtConsoleSession s = session;
        session = null;
        if (s != null) {
            keep(s);
            s.close();
        }
        awaitingData = null;
        showState();
    }

    private void keep(AtConsoleSession s) {
        if (s != null) {
            lastEntries = s.recording().entries();
        }
    }

    private void submit(String typed) {
        AtConsoleSession s = session;
        if (s == null) {
            output.append(new ConsoleLine(Instant.now(), LineKind.FAIL, "Not connected; choose a target and press Connect."));
            return;
        }
        if (awaitingData != null) {
            CommandPlan plan = awaitingData;
            awaitingData = null;
            input.setPrompt(PROMPT);
            send(s, plan, typed);
            return;
        }
        if (typed.isBlank()) {
            return;
        }
        CommandPlan plan;
        try {
            plan = CommandPlan.of(typed, catalog);
        } catch (IllegalArgumentException e) {
            output.append(new ConsoleLine(Instant.now(), LineKind.FAIL, e.getMessage()));
            return;
        }
        if (plan.needsData()) {
            awaitingData = plan;
            input.setPrompt("data for " + plan.text() + ">");
            return;
        }
        send(s, plan, null);
    }

    private void send(AtConsoleSession s, CommandPlan plan, String payload) {
        try {
            s.send(plan, payload);
        } catch (IllegalArgumentException e) {
            output.append(new ConsoleLine(Instant.now(), LineKind.FAIL, e.getMessage()));
        }
    }

    /** Types {@code line} into the input and presses Enter (for tests and scripted use). */
    public void type(String line) {
        input.control().setText(line);
        input.control().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
    }

    private void showState() {
        if (state.isDisposed()) {
            return;
        }
        boolean connected = session != null;
        connect.setText(connected ? "Disconnect" : "Connect");
        connect.setImage(LaunchImages.get(connected ? LaunchImages.DISCONNECT : LaunchImages.CONNECT));
        connect.setEnabled(true);
        targets.setEnabled(!connected);
        input.setEnabled(connected);
        input.setPrompt(awaitingData != null ? "data for " + awaitingData.text() + ">" : PROMPT);
        state.setText(connected ? "Connected: " + session.describe() : "Not connected");
        save.setEnabled(true);
        root().layout(true, true);
    }

    private Composite root() {
        return state.getParent();
    }

    /** The session as an {@code .atflow} script. */
    public String scriptText() {
        AtConsoleSession s = session;
        List<Recorded> entries = s == null ? lastEntries : s.recording().entries();
        String target = s == null ? "a module" : s.describe();
        return new ScriptWriter(catalog).write(entries, List.of(
                "Recorded in the ATFlow AT console on " + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm")) + " against " + target + ".",
                "Values that change from run to run are captured ({name}); review the expectations before committing."));
    }

    /** Writes the session's script to {@code file} (created or replaced). */
    public void saveScript(IFile file) throws CoreException {
        byte[] bytes = scriptText().getBytes(StandardCharsets.UTF_8);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(bytes), true, true, null);
        } else {
            file.create(new ByteArrayInputStream(bytes), true, null);
        }
    }

    private void saveAs() {
        if (session == null && lastEntries.isEmpty()) {
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
        return session != null;
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
        disconnect();
        super.dispose();
    }
}
