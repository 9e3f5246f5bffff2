package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.assist.ScriptContentAssistProcessor;

/** Content assist: catalog commands with their forms, in the processor and in the editor's popup; flow templates. */
class ContentAssistTest {

    @AfterEach
    void close() {
        Ui.closeEditors();
    }

    @Test
    void qmtoCompletesToQmtopen() throws CoreException, BadLocationException {
        IFile file = Ui.file(Ui.project("assist"), "assist.atflow", "step \"s\" {\n  send \n}\n");
        ScriptEditor editor = Ui.open(file);
        Ui.reconciled(editor);
        IDocument doc = editor.document();
        int at = doc.get().indexOf("send ") + 5;
        doc.replace(at, 0, "AT+QMTO");
        int caret = at + "AT+QMTO".length();
        ICompletionProposal[] proposals = new ScriptContentAssistProcessor(AtFlowUi.getDefault().language()).computeCompletionProposals(
                editor.sourceViewer(), caret);
        List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
        assertTrue(labels.contains("AT+QMTOPEN="), labels::toString);
        assertTrue(labels.contains("AT+QMTOPEN=?"), labels::toString);
        assertTrue(!labels.contains("AT+QMTCONN="), labels::toString);
        ICompletionProposal open = Arrays.stream(proposals).filter(p -> p.getDisplayString().equals("AT+QMTOPEN="))
                .findFirst().orElseThrow();
        assertTrue(open.getAdditionalProposalInfo().contains("<b>AT+QMTOPEN</b>"), open.getAdditionalProposalInfo());
        ((ICompletionProposalExtension2) open).apply(editor.sourceViewer(), '\0', 0, caret);
        assertTrue(doc.get().contains("  send AT+QMTOPEN=\n"), doc.get());
    }

    @Test
    void theEditorsPopupListsQmtopen() throws CoreException, BadLocationException {
        IFile file = Ui.file(Ui.project("assist"), "popup.atflow", "step \"s\" {\n  send AT+QMTO\n}\n");
        ScriptEditor editor = Ui.open(file);
        Ui.reconciled(editor);
        int caret = editor.document().get().indexOf("QMTO") + 4;
        editor.selectAndReveal(caret, 0);
        ISourceViewer viewer = editor.sourceViewer();
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        Ui.until(() -> popupItems().stream().anyMatch(s -> s.startsWith("AT+QMTOPEN=")), () -> "the popup; have "
                + popupItems());
    }

    @Test
    void flowTemplatesAreOfferedWhereAStatementStarts() throws CoreException, BadLocationException {
        IFile file = Ui.file(Ui.project("assist"), "template.atflow", "\n");
        ScriptEditor editor = Ui.open(file);
        IDocument doc = editor.document();
        doc.replace(0, 0, "one-device-one-secret-a");
        ICompletionProposal[] proposals = new ScriptContentAssistProcessor(AtFlowUi.getDefault().language()).computeCompletionProposals(
                editor.sourceViewer(), doc.getLength() - 1);
        ICompletionProposal aliauth = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith(
                "one-device-one-secret-aliauth")).findFirst().orElseThrow(() -> new AssertionError(Arrays.stream(
                        proposals).map(ICompletionProposal::getDisplayString).toList()));
        ((ICompletionProposalExtension2) aliauth).apply(editor.sourceViewer(), '\0', 0, doc.getLength() - 1);
        assertTrue(doc.get().contains("send AT+QMTCFG=\"aliauth\",0,\"${meter.productKey}\""), doc.get());
        assertTrue(!doc.get().contains("include "), "includes are inlined");
        Ui.reconciled(editor);
        assertTrue(editor.lastReconcile().problems().stream().noneMatch(p -> p.severity().name().equals("ERROR")),
                () -> editor.lastReconcile().problems().toString());
    }

    static List<String> popupItems() {
        List<String> out = new java.util.ArrayList<>();
        for (Shell s : Ui.display().getShells()) {
            collect(s, out);
        }
        return out;
    }

    private static void collect(org.eclipse.swt.widgets.Composite c, List<String> out) {
        if (!c.isVisible()) {
            return;
        }
        for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
            if (child instanceof Table t) {
                for (TableItem i : t.getItems()) {
                    out.add(i.getText());
                }
            } else if (child instanceof org.eclipse.swt.widgets.Composite cc) {
                collect(cc, out);
            }
        }
        if (c instanceof Shell s) {
            for (Shell child : s.getShells()) {
                collect(child, out);
            }
        }
    }
}
