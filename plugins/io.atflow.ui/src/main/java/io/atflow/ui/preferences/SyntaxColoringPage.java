package io.atflow.ui.preferences;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.editors.text.EditorsUI;

import io.atflow.lang.ide.highlighting.TokenCategory;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptPartitions;
import io.atflow.ui.editor.ScriptSourceViewerConfiguration;
import io.atflow.ui.editor.highlighting.ScriptStyles;

/**
 * ATFlow &gt; Syntax Coloring: color, bold and italic of each category, with a live preview. Open editors follow the
 * saved preferences at once.
 */
public class SyntaxColoringPage extends PreferencePage implements IWorkbenchPreferencePage {
    static final String SAMPLE = """
            // Colors of ATFlow scripts
            device meter { productKey "i2uqc2dloOl" deviceSecret secret("i2uqc2dloOl/device001") }
            on +QMTSTAT: 0,{err} fail "MQTT link lost: ${err}"
            step "connect" timeout 90s retry 3 {
              send AT+QMTCFG="aliauth",0,"${meter.productKey}","device001","${secret("i2uqc2dloOl/device001")}"
              send AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883 expect OK
              await +QMTOPEN: 0,{result} within 75s
              if result matches /^[1-5]$/ fail "open failed: ${result}"
            }
            """;
    private final PreferenceStore working = new PreferenceStore();
    private ScriptStyles styles;
    private ListViewer list;
    private ColorSelector color;
    private Button textColor;
    private Button bold;
    private Button italic;
    private SourceViewer preview;

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(AtFlowUi.getDefault().getPreferenceStore());
        setDescription("Colors and styles of ATFlow scripts.");
    }

    @Override
    protected Control createContents(Composite parent) {
        copy(getPreferenceStore(), working, false);
        styles = new ScriptStyles(working);
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
        list = new ListViewer(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(o -> ((TokenCategory) o).label()));
        list.setInput(TokenCategory.values());
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 200).applyTo(list.getControl());
        Composite right = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(right);
        textColor = new Button(right, SWT.CHECK);
        textColor.setText("Use the editor's &text color");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(textColor);
        new Label(right, SWT.NONE).setText("C&olor:");
        color = new ColorSelector(right);
        bold = new Button(right, SWT.CHECK);
        bold.setText("&Bold");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(bold);
        italic = new Button(right, SWT.CHECK);
        italic.setText("&Italic");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(italic);
        Label l = new Label(c, SWT.NONE);
        l.setText("Preview:");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(l);
        preview = new SourceViewer(c, null, null, false, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        preview.configure(new ScriptSourceViewerConfiguration(EditorsUI.getPreferenceStore(), styles, null,
                AtFlowUi.getDefault().language()));
        preview.setEditable(false);
        preview.getTextWidget().setFont(JFaceResources.getTextFont());
        Document doc = new Document(SAMPLE);
        ScriptPartitions.install(doc);
        preview.setDocument(doc);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 170).applyTo(preview.getControl());
        list.addSelectionChangedListener(e -> show());
        textColor.addListener(SWT.Selection, e -> changed());
        color.addListener(e -> changed());
        bold.addListener(SWT.Selection, e -> changed());
        italic.addListener(SWT.Selection, e -> changed());
        list.setSelection(new StructuredSelection(TokenCategory.KEYWORD));
        return c;
    }

    private TokenCategory selected() {
        Object o = ((IStructuredSelection) list.getSelection()).getFirstElement();
        return o instanceof TokenCategory t ? t : TokenCategory.KEYWORD;
    }

    private void show() {
        TokenCategory c = selected();
        boolean own = !working.getString(ScriptPreferences.color(c)).isEmpty();
        textColor.setSelection(!own);
        color.setEnabled(own);
        color.setColorValue(PreferenceConverter.getColor(working, ScriptPreferences.color(c)));
        bold.setSelection(working.getBoolean(ScriptPreferences.bold(c)));
        italic.setSelection(working.getBoolean(ScriptPreferences.italic(c)));
    }

    private void changed() {
        TokenCategory c = selected();
        if (textColor.getSelection()) {
            working.setValue(ScriptPreferences.color(c), "");
        } else {
            PreferenceConverter.setValue(working, ScriptPreferences.color(c), color.getColorValue());
        }
        color.setEnabled(!textColor.getSelection());
        working.setValue(ScriptPreferences.bold(c), bold.getSelection());
        working.setValue(ScriptPreferences.italic(c), italic.getSelection());
        styles.refresh();
        preview.invalidateTextPresentation();
    }

    @Override
    protected void performDefaults() {
        for (String key : keys()) {
            working.setToDefault(key);
        }
        styles.refresh();
        preview.invalidateTextPresentation();
        show();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        copy(working, getPreferenceStore(), true);
        return super.performOk();
    }

    private static String[] keys() {
        return Arrays.stream(TokenCategory.values()).flatMap(c -> java.util.stream.Stream.of(ScriptPreferences.color(c),
                ScriptPreferences.bold(c), ScriptPreferences.italic(c))).toArray(String[]::new);
    }

    /** Copies the style values (and, into the working store, the defaults) from one store to another. */
    private static void copy(IPreferenceStore from, IPreferenceStore to, boolean valuesOnly) {
        for (String key : keys()) {
            if (!valuesOnly) {
                to.setDefault(key, from.getDefaultString(key));
            }
            if (valuesOnly && from.getString(key).equals(to.getDefaultString(key))) {
                to.setToDefault(key);
            } else {
                to.setValue(key, from.getString(key));
            }
        }
    }
}
