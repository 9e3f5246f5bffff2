package io.atflow.launch.ui.urc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.ui.LaunchImages;
import io.atflow.launch.urc.RefreshCoalescer;
import io.atflow.launch.urc.UrcDetails;
import io.atflow.launch.urc.UrcExport;
import io.atflow.launch.urc.UrcLog;
import io.atflow.launch.urc.UrcQuery;
import io.atflow.launch.urc.UrcRow;

/**
 * The live URC view: every URC of ATFlow runs and AT consoles as it arrives (time, code, decoded fields, meaning),
 * with a filter, pause, clear, copy and CSV export, and a details pane that pretty-prints JSON payloads. Arrivals only
 * request a refresh; refreshes are coalesced to one per {@link #BATCH_MILLIS} and the table is virtual, so a burst of
 * thousands of URCs costs a few UI updates; the rows are the bounded {@link UrcLog}.
 */
public final class UrcView extends ViewPart {
    /** The view's id. */
    public static final String ID = "io.atflow.launch.urcView";
    /** Arrivals within this time share one table refresh. */
    public static final int BATCH_MILLIS = 100;

    private final UrcLog log;
    private Display display;
    private RefreshCoalescer coalescer;
    private Runnable changed;
    private UrcTable table;
    private StyledText details;
    private Text filter;
    private Label status;
    private UrcQuery query = UrcQuery.ALL;
    private Action pause;

    public UrcView() {
        this(LaunchServices.urcs());
    }

    UrcView(UrcLog log) {
        this.log = log;
    }

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        root.setLayout(layout);
        filter = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage("Filter: words in code, fields, meaning or source");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(e -> {
            query = UrcQuery.parse(filter.getText());
            refresh();
        });
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout());
        ((GridLayout) top.getLayout()).marginWidth = 0;
        ((GridLayout) top.getLayout()).marginHeight = 0;
        table = new UrcTable(top);
        details = new StyledText(sash, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        details.setFont(JFaceResources.getTextFont());
        details.setAlwaysShowScrollBars(false);
        sash.setWeights(55, 45);
        table.control().addListener(SWT.Selection, e -> showDetails());
        createActions();
        coalescer = new RefreshCoalescer(r -> display.asyncExec(() -> display.timerExec(BATCH_MILLIS, r)), this::refresh);
        changed = coalescer::request;
        log.addListener(changed);
        refresh();
    }

    private void createActions() {
        pause = new Action("Pause", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                refresh();
            }
        };
        pause.setImageDescriptor(LaunchImages.descriptor(LaunchImages.PAUSE));
        pause.setToolTipText("Pause the display (URCs are still collected)");
        Action clear = action("Clear", LaunchImages.CLEAR, log::clear);
        Action copy = action("Copy", null, this::copyToClipboard);
        Action export = action("Export to CSV...", LaunchImages.EXPORT, this::export);
        IActionBars bars = getViewSite().getActionBars();
        IToolBarManager bar = bars.getToolBarManager();
        bar.add(pause);
        bar.add(clear);
        bar.add(export);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        MenuManager menu = new MenuManager();
        menu.add(copy);
        menu.add(export);
        menu.add(clear);
        table.control().setMenu(menu.createContextMenu(table.control()));
    }

    private static Action action(String text, String icon, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        if (icon != null) {
            a.setImageDescriptor(LaunchImages.descriptor(icon));
        }
        return a;
    }

    /** Shows the log's rows (unless paused); on the UI thread. */
    void refresh() {
        if (table == null || table.control().isDisposed()) {
            return;
        }
        List<UrcRow> all = log.snapshot();
        if (!isPaused()) {
            table.show(query.apply(all));
            showDetails();
        }
        status.setText(statusText(all.size()));
        status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
    }

    private String statusText(int kept) {
        String shown = String.format("%,d of %,d URCs", table.rows().size(), kept);
        if (log.dropped() > 0) {
            shown += String.format(" (%,d oldest dropped)", log.dropped());
        }
        return isPaused() ? "Paused \u2014 " + shown : shown;
    }

    private void showDetails() {
        List<UrcRow> selected = table.selection();
        details.setText(selected.size() == 1 ? UrcDetails.of(selected.get(0)) : "");
    }

    /** Copies the selected rows (all shown rows when none is selected) to the clipboard. */
    public void copyToClipboard() {
        List<UrcRow> rows = table.selection().isEmpty() ? table.rows() : table.selection();
        Clipboard c = new Clipboard(display);
        try {
            c.setContents(new Object[] { UrcExport.toTabbed(rows) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            c.dispose();
        }
    }

    private void export() {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.csv" });
        d.setFileName("urcs.csv");
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            try {
                Files.writeString(Path.of(file), UrcExport.toCsv(table.rows()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Export URCs", "Cannot write " + file + ": " + e.getMessage());
            }
        }
    }

    /** True while the display is paused. */
    public boolean isPaused() {
        return pause != null && pause.isChecked();
    }

    /** Pauses or resumes the display. */
    public void setPaused(boolean paused) {
        pause.setChecked(paused);
        refresh();
    }

    /** Sets the filter text. */
    public void setFilter(String text) {
        filter.setText(text);
    }

    /** The rows shown, in order. */
    public List<UrcRow> shownRows() {
        return table.rows();
    }

    /** The table's cell texts of row {@code index}, as displayed. */
    public String[] rowTexts(int index) {
        return UrcTable.texts(table.rows().get(index));
    }

    /** Selects row {@code index} and shows its details. */
    public void select(int index) {
        table.control().setSelection(index);
        showDetails();
    }

    /** The details pane's text. */
    public String detailsText() {
        return details.getText();
    }

    /** The status line, e.g. {@code 12 of 12 URCs}. */
    public String statusText() {
        return status.getText();
    }

    /** How many table refreshes ran since the view opened. */
    public long refreshes() {
        return coalescer.refreshes();
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    @Override
    public void dispose() {
        if (changed != null) {
            log.removeListener(changed);
        }
        super.dispose();
    }
}
