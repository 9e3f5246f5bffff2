package io.atflow.launch.debug.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.ui.IDetailPane;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPartSite;

import io.atflow.run.debug.BreakpointSettings;

/**
 * The Breakpoints view's detail pane of an ATFlow line breakpoint: its condition and hit count, stored when Enter is
 * pressed or the field loses the focus; a value the debugger would refuse ({@link BreakpointSettings#check}) is not
 * stored and the pane says why in one sentence.
 */
public final class BreakpointDetailPane implements IDetailPane {
    public static final String ID = "io.atflow.launch.breakpointDetailPane";
    public static final String NAME = "ATFlow Breakpoint";
    private Composite area;
    private Text condition;
    private Text hitCount;
    private Label problem;
    private ScriptLineBreakpoint shown;

    public BreakpointDetailPane() {
    }

    @Override
    public void init(IWorkbenchPartSite partSite) {
    }

    @Override
    public Control createControl(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        condition = field("&Condition:", "an expression, e.g. attempt == \"2\"");
        hitCount = field("&Hit count:", "3 (from the 3rd hit on), >= 3, > 2, == 3, % 2");
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        enable(false);
        return area;
    }

    private Text field(String label, String hint) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.SINGLE | SWT.BORDER);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addSelectionListener(new SelectionAdapter() {
            @Override
            public void widgetDefaultSelected(SelectionEvent e) {
                store();
            }
        });
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                store();
            }
        });
        return text;
    }

    @Override
    public void display(IStructuredSelection selection) {
        ScriptLineBreakpoint selected = selection != null && selection.size() == 1
                && selection.getFirstElement() instanceof ScriptLineBreakpoint b ? b : null;
        if (selected != null && selected == shown) {
            return; // the view refreshed the same breakpoint (e.g. after a store): keep what is typed and said
        }
        shown = selected;
        condition.setText(shown == null || shown.getCondition() == null ? "" : shown.getCondition());
        hitCount.setText(shown == null || shown.getHitCondition() == null ? "" : shown.getHitCondition());
        problem.setText("");
        enable(shown != null);
    }

    /** Stores both fields into the shown breakpoint if they parse; else shows the first problem. */
    public void store() {
        if (shown == null || !shown.getMarker().exists()) {
            return;
        }
        String why = BreakpointSettings.check(condition.getText(), hitCount.getText()).map(BreakpointDetailPane::sentence)
                .orElse(null);
        problem.setText(why == null ? "" : why);
        area.layout(true);
        if (why != null) {
            return;
        }
        try {
            if (!condition.getText().strip().equals(nullToEmpty(shown.getCondition()))) {
                shown.setCondition(condition.getText());
            }
            if (!hitCount.getText().strip().equals(nullToEmpty(shown.getHitCondition()))) {
                shown.setHitCondition(hitCount.getText());
            }
            // the Breakpoints view's labels follow the breakpoint manager's change notices; one after every store
            // makes sure the row shows what was stored (a marker delta alone was seen to leave a stale row)
            DebugPlugin.getDefault().getBreakpointManager().fireBreakpointChanged(shown);
        } catch (CoreException e) {
            problem.setText(e.getStatus().getMessage());
        }
    }

    /** The core's sentence as the pane shows it: capitalized, with its period. */
    static String sentence(String problem) {
        return Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void enable(boolean on) {
        condition.setEnabled(on);
        hitCount.setEnabled(on);
    }

    @Override
    public boolean setFocus() {
        return condition != null && condition.setFocus();
    }

    @Override
    public void dispose() {
        if (area != null) {
            area.dispose();
        }
    }

    @Override
    public String getID() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getDescription() {
        return "The condition and hit count of an ATFlow line breakpoint";
    }
}
