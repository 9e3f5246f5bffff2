package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.navigation.ScriptHyperlinkDetector;

/** Go to definition: Ctrl+click hyperlinks and F3, in the same script and into included ones. */
class NavigationTest {
    static final String INSTANCE = "// the instance\nvar host = \"iot.example\"\n";
    static final String MAIN = """
            include "common/instance.atflow"
            var apn = "cmnet"
            step "s" {
              send AT+QICSGP=1,3,"${apn}","","",0
              send AT+QMTOPEN=0,"${host}",1883
            }
            """;

    @AfterEach
    void close() {
        Ui.closeEditors();
    }

    static IFile main() throws CoreException {
        IProject p = Ui.project("navigation");
        if (!p.getFolder("common").exists()) {
            p.getFolder("common").create(true, true, null);
        }
        Ui.file(p, "common/instance.atflow", INSTANCE);
        return Ui.file(p, "main.atflow", MAIN);
    }

    static int caret(ITextEditor editor) {
        return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
    }

    @Test
    void ctrlClickOnANameGoesToItsDeclaration() throws CoreException {
        ScriptEditor editor = Ui.open(main());
        int use = MAIN.indexOf("${apn}") + 3;
        IHyperlink[] links = new ScriptHyperlinkDetector(AtFlowUi.getDefault().language()).detectHyperlinks(editor.sourceViewer(), new Region(use, 0),
                false);
        assertEquals(1, links.length);
        assertEquals(new Region(MAIN.indexOf("${apn}") + 2, 3), links[0].getHyperlinkRegion());
        links[0].open();
        assertEquals(MAIN.indexOf("var apn") + 4, caret(editor));
    }

    @Test
    void f3OnANameOfAnIncludedScriptOpensIt() throws CoreException, CommandException {
        ScriptEditor editor = Ui.open(main());
        editor.selectAndReveal(MAIN.indexOf("${host}") + 4, 0);
        editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.text.open.hyperlink",
                null);
        Ui.until(() -> Ui.page().getActiveEditor() != editor, "the included script's editor");
        IEditorPart active = Ui.page().getActiveEditor();
        assertTrue(active instanceof ScriptEditor, active::toString);
        assertEquals("instance.atflow", active.getEditorInput().getName());
        assertEquals(INSTANCE.indexOf("host"), caret((ITextEditor) active));
    }
}
