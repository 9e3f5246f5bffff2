package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.highlighting.TokenCategory;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.preferences.ScriptPreferences;

/** Syntax and semantic highlighting as painted, and live changes from the preferences. */
class HighlightingTest {
    static final String SCRIPT = """
            // comment
            device meter { productKey "pk1" deviceName "d1" deviceSecret secret("pk1/d1") }
            step "s" timeout 5s {
              send AT+QMTOPEN=0,"${host}",1883 expect OK
              await +QMTOPEN: 0,{result} within 75s
            }
            var host = "h"
            """;

    @AfterEach
    void close() {
        store().setToDefault(ScriptPreferences.color(TokenCategory.KEYWORD));
        Ui.closeEditors();
    }

    static IPreferenceStore store() {
        return AtFlowUi.getDefault().getPreferenceStore();
    }

    static RGB color(TokenCategory c) {
        return PreferenceConverter.getColor(store(), ScriptPreferences.color(c));
    }

    static StyleRange style(ScriptEditor editor, String needle) {
        int model = SCRIPT.indexOf(needle);
        int widget = ((ITextViewerExtension5) editor.sourceViewer()).modelOffset2WidgetOffset(model);
        StyleRange r = editor.sourceViewer().getTextWidget().getStyleRangeAtOffset(widget);
        assertTrue(r != null, () -> "no style at " + needle);
        return r;
    }

    static RGB fg(ScriptEditor editor, String needle) {
        StyleRange r = style(editor, needle);
        return r.foreground == null ? null : r.foreground.getRGB();
    }

    @Test
    void everyCategoryHasItsStyle() throws CoreException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("colors"), "colors.atflow", SCRIPT));
        Ui.reconciled(editor);
        Ui.drain();
        assertEquals(color(TokenCategory.COMMENT), fg(editor, "// comment"));
        assertEquals(color(TokenCategory.KEYWORD), fg(editor, "device"));
        assertEquals(SWT.BOLD, style(editor, "send").fontStyle & SWT.BOLD);
        assertEquals(color(TokenCategory.STRING), fg(editor, "\"pk1\""));
        assertEquals(color(TokenCategory.SECRET), fg(editor, "secret("));
        assertEquals(color(TokenCategory.SECRET), fg(editor, "\"pk1/d1\")"), "the whole secret(...) call");
        assertEquals(color(TokenCategory.NUMBER), fg(editor, "5s"));
        assertEquals(color(TokenCategory.COMMAND), fg(editor, "AT+QMTOPEN"));
        assertEquals(color(TokenCategory.INTERPOLATION), fg(editor, "${host}"));
        assertEquals(color(TokenCategory.NUMBER), fg(editor, "1883"));
        assertEquals(color(TokenCategory.PATTERN), fg(editor, "OK"));
        assertEquals(color(TokenCategory.PATTERN), fg(editor, "+QMTOPEN: 0"));
        assertEquals(color(TokenCategory.CAPTURE), fg(editor, "{result}"));
    }

    @Test
    void colorChangesApplyToOpenEditors() throws CoreException {
        ScriptEditor editor = Ui.open(Ui.file(Ui.project("colors"), "live.atflow", SCRIPT));
        Ui.reconciled(editor);
        RGB chosen = new RGB(10, 200, 30);
        PreferenceConverter.setValue(store(), ScriptPreferences.color(TokenCategory.KEYWORD), chosen);
        Ui.until(() -> chosen.equals(fg(editor, "device")), () -> "the new keyword color; have " + fg(editor, "device"));
    }
}
