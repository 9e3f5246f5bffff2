package io.atflow.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

import io.atflow.lang.ide.examples.FlowExample;
import io.atflow.lang.ide.examples.FlowExamples;
import io.atflow.ui.ScriptImages;

/** Folder, file name and starting point (empty, or a flow of the application note) of a new script. */
public final class NewScriptPage extends WizardNewFileCreationPage {
    /** The starting point for an empty script. */
    public static final String EMPTY = "Empty script";
    static final String EMPTY_TEXT = """
            // A new ATFlow script: AT commands as the module logs them, see the examples for every flow of the
            // Quectel/Aliyun application note (File > New > ATFlow Script).
            profile ec2x

            step "hello" {
              send AT
            }
            """;
    private final List<Object> choices = new ArrayList<>();
    private TableViewer table;
    private Object chosen = EMPTY;

    public NewScriptPage(IStructuredSelection selection) {
        super("newScript", selection);
        setTitle("ATFlow Script");
        setDescription("Create a script, empty or from one of the application note's flows.");
        setFileExtension("atflow");
        setFileName("flow.atflow");
        choices.add(EMPTY);
        choices.addAll(FlowExamples.all());
    }

    @Override
    protected void createAdvancedControls(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
        new Label(box, SWT.NONE).setText("&Start from:");
        table = new TableViewer(box, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return e instanceof FlowExample f ? f.name() + " — " + f.flow() : e.toString();
            }

            @Override
            public Image getImage(Object e) {
                return ScriptImages.get(e instanceof FlowExample ? ScriptImages.TEMPLATE : ScriptImages.SCRIPT);
            }
        });
        table.setInput(choices);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 150).applyTo(table.getControl());
        table.addSelectionChangedListener(e -> choose(((IStructuredSelection) e.getSelection()).getFirstElement()));
        table.setSelection(new StructuredSelection(EMPTY));
        super.createAdvancedControls(parent);
    }

    /** Chooses a starting point: {@link #EMPTY} or a {@link FlowExample}; names the file after a flow. */
    public void choose(Object choice) {
        if (choice == null) {
            return;
        }
        boolean renamed = !getFileName().equals(fileNameOf(chosen));
        chosen = choice;
        if (!renamed) {
            setFileName(fileNameOf(choice));
        }
        if (table != null && !choice.equals(((IStructuredSelection) table.getSelection()).getFirstElement())) {
            table.setSelection(new StructuredSelection(choice));
        }
    }

    /** The choices offered: {@link #EMPTY} then every flow example. */
    public List<Object> choices() {
        return List.copyOf(choices);
    }

    private static String fileNameOf(Object choice) {
        return choice instanceof FlowExample f ? f.name() + ".atflow" : "flow.atflow";
    }

    public Optional<FlowExample> startingPoint() {
        return chosen instanceof FlowExample f ? Optional.of(f) : Optional.empty();
    }

    @Override
    protected InputStream getInitialContents() {
        String text = chosen instanceof FlowExample f ? f.text() : EMPTY_TEXT;
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
