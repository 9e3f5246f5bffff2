package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.validation.IssueCodes;
import io.atflow.lang.validation.incremental.ValidationMemo;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.language.ScriptDocuments;

/** The editor re-validates only what an edit can affect: the memo of one reconcile goes to the next. */
class IncrementalReconcileTest {
    static final String SCRIPT = "step \"a\" {\n  send AT+QMTOPEN=0,\"h\",1883\n}\nstep \"b\" {\n  send AT+CSQ\n}\n"
            + "step \"c\" {\n  send AT\n}\n";

    @AfterEach
    void close() {
        Ui.closeEditors();
    }

    @Test
    void anEditInOneStepChecksThatStepAgainOnly() throws CoreException, BadLocationException {
        IFile file = Ui.file(Ui.project("reconcile"), "incremental.atflow", SCRIPT);
        ScriptEditor editor = Ui.open(file);
        Ui.reconciled(editor);
        IDocument doc = editor.document();
        doc.replace(doc.get().indexOf("OPEN") + 2, 1, "");
        Ui.until(() -> editor.lastReconcile() != null
                && editor.lastReconcile().snapshot().stamp() == ScriptDocuments.stamp(doc)
                && editor.lastReconcile().problems().stream().anyMatch(p -> p.code().equals(IssueCodes.UNKNOWN_COMMAND)),
                "the reconcile of the edit");
        assertEquals(1, ValidationMemo.of(editor.lastReconcile().snapshot().resource()).checkedLastTime(),
                "steps b and c keep their earlier results");
    }
}
