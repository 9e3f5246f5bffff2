package io.atflow.launch.ui.urc;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.atflow.launch.urc.UrcRow;
import io.atflow.run.RunEventText;

/**
 * The virtual table of the URC view: only visible rows are materialised, so showing thousands of URCs costs one
 * {@link #show} per refresh. The selection follows rows (by sequence number) across refreshes; new rows scroll into
 * view unless the user selected one.
 */
final class UrcTable {
    /** Column titles, in order. */
    static final String[] COLUMNS = { "Time", "Code", "Fields", "Meaning", "Source" };
    /** Widths of time, code and source; fields and meaning share the rest of the table's width. */
    private static final int[] FIXED = { 95, 100, 0, 0, 120 };
    /** Room around a cell's text (the cell's margins and the grid line). */
    private static final int PADDING = 16;
    /** How many distinct codes are measured at most (a noisy line may be a code of its own). */
    private static final int MEASURED_CODES = 512;

    private final Table table;
    private List<UrcRow> rows = List.of();
    /** The codes measured so far and the widest of them, so that a refresh measures only codes it has not seen. */
    private final Set<String> measuredCodes = new HashSet<>();
    private int codeWidth;
    private int timeWidth;

    UrcTable(Composite parent) {
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(COLUMNS[i]);
            c.setWidth(FIXED[i] > 0 ? FIXED[i] : 300);
        }
        table.addListener(SWT.Resize, e -> fitColumns());
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = table.indexOf(item);
            if (index >= 0 && index < rows.size()) {
                item.setText(texts(rows.get(index)));
            }
        });
    }

    /**
     * Fields and meaning share what time, code and source leave of the table's width; in a narrow view every column
     * shrinks in proportion, but time and code never below their text (the code up to a quarter of the width): cut
     * off, they say nothing.
     */
    private void fitColumns() {
        int width = table.getClientArea().width;
        if (width <= 0) {
            return;
        }
        double scale = Math.min(1.0, width / 900.0);
        int fixed = 0;
        for (int i : new int[] { 0, 1, 4 }) {
            int w = (int) (FIXED[i] * Math.max(scale, 0.7));
            if (i == 0) {
                w = Math.max(w, timeWidth());
            } else if (i == 1) {
                w = Math.max(w, Math.min(codeWidth, width / 4));
            }
            table.getColumn(i).setWidth(w);
            fixed += w;
        }
        int rest = Math.max(160, width - fixed);
        table.getColumn(2).setWidth(rest / 2);
        table.getColumn(3).setWidth(rest - rest / 2);
    }

    static String[] texts(UrcRow r) {
        return new String[] { RunEventText.stamp(r.time(), ZoneId.systemDefault()), r.code(), r.fieldsText(),
                r.meaning(), r.source() };
    }

    /** Shows {@code newRows}, keeping the selected rows selected. */
    void show(List<UrcRow> newRows) {
        Set<Long> selected = new HashSet<>();
        for (UrcRow r : selection()) {
            selected.add(r.seq());
        }
        rows = List.copyOf(newRows);
        if (measureCodes()) {
            fitColumns();
        }
        table.setItemCount(rows.size());
        table.clearAll();
        if (!selected.isEmpty()) {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (selected.contains(rows.get(i).seq())) {
                    keep.add(i);
                }
            }
            table.setSelection(keep.stream().mapToInt(Integer::intValue).toArray());
        } else if (!rows.isEmpty()) {
            table.setTopIndex(rows.size() - 1);
        }
    }

    /** Measures the codes not seen before; true when the widest code grew. */
    private boolean measureCodes() {
        int widest = codeWidth;
        GC gc = null;
        try {
            for (UrcRow r : rows) {
                if (measuredCodes.size() < MEASURED_CODES && measuredCodes.add(r.code())) {
                    if (gc == null) {
                        gc = new GC(table);
                        gc.setFont(table.getFont());
                    }
                    widest = Math.max(widest, gc.textExtent(r.code()).x + PADDING);
                }
            }
        } finally {
            if (gc != null) {
                gc.dispose();
            }
        }
        boolean grew = widest > codeWidth;
        codeWidth = widest;
        return grew;
    }

    /** The width a time of day needs ({@code 12:00:01.234}). */
    private int timeWidth() {
        if (timeWidth == 0) {
            GC gc = new GC(table);
            try {
                gc.setFont(table.getFont());
                timeWidth = gc.textExtent(RunEventText.stamp(Instant.EPOCH, ZoneId.systemDefault())).x
                        + PADDING;
            } finally {
                gc.dispose();
            }
        }
        return timeWidth;
    }

    List<UrcRow> rows() {
        return rows;
    }

    List<UrcRow> selection() {
        List<UrcRow> out = new ArrayList<>();
        for (int i : table.getSelectionIndices()) {
            if (i < rows.size()) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    Table control() {
        return table;
    }
}
