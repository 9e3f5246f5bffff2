package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.codeactions.QuickFixes;
import io.atflow.lang.validation.IssueCodes;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.quickfix.ScriptQuickAssistProcessor;
import io.atflow.ui.secrets.SecretDialog;

import io.atflow.ui.tests.support.Widgets;

/**
 * Quick fixes from Ctrl+1 and from the Problems view: the HMAC password of the application note's vector, a literal
 * secret moved into secure storage, a missing secret asked for, the clock set before TLS that checks validity.
 */
class QuickFixTest {

    private java.util.Optional<String> saved;

    @BeforeEach
    void noteSecret() throws StorageException {
        saved = Scripts.saveNoteSecret();
        AtFlowUi.getDefault().secrets().store(Scripts.SECRET_NAME, Scripts.DEVICE_SECRET);
    }

    @AfterEach
    void cleanUp() throws StorageException {
        Ui.closeEditors();
        Scripts.restoreNoteSecret(saved);
    }

    static ICompletionProposal[] ctrl1(ScriptEditor editor, int offset) {
        return new ScriptQuickAssistProcessor(AtFlowUi.getDefault().language()).computeQuickAssistProposals(new TextInvocationContext(
                editor.sourceViewer(), offset, 0));
    }

    static ICompletionProposal proposal(ICompletionProposal[] all, String prefix) {
        return Arrays.stream(all).filter(p -> p.getDisplayString().startsWith(prefix)).findFirst().orElseThrow(
                () -> new AssertionError("no '" + prefix + "' in " + Arrays.stream(all).map(
                        ICompletionProposal::getDisplayString).toList()));
    }

    static IMarker waitMarker(IFile file, String code) {
        Ui.until(() -> !Ui.markers(file, code).isEmpty(), () -> code + "; have " + Ui.describe(file));
        return Ui.markers(file, code).get(0);
    }

    @Test
    void ctrl1ComputeHmacPasswordInsertsTheNoteVector() throws CoreException {
        IFile file = Ui.file(Ui.project("fixes"), "connect.atflow", Scripts.CONNECT_WITHOUT_PASSWORD);
        ScriptEditor editor = Ui.open(file);
        IMarker marker = waitMarker(file, IssueCodes.PASSWORD_MISSING);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1);
        Ui.until(() -> !ReconcileMarkersTest.codes(editor, offset).isEmpty(), "the annotation of the marker");
        ICompletionProposal fix = proposal(ctrl1(editor, offset), QuickFixes.PASSWORD_TITLE);
        IDocument doc = editor.document();
        fix.apply(doc);
        assertTrue(doc.get().contains("\"device001&i2uqc2dloOl\",\"" + Scripts.NOTE_PASSWORD + "\"\n"), doc.get());
        Ui.until(() -> Ui.markers(file, IssueCodes.PASSWORD_MISSING).isEmpty()
                && Ui.markers(file, IssueCodes.PASSWORD_MISMATCH).isEmpty(), () -> "no password markers; have "
                        + Ui.describe(file));
    }

    @Test
    void ctrl1MovesAHandlerBelowTheStepsAboveThem() throws CoreException {
        String handler = "on +QMTSTAT: 0,{err} fail \"link lost ${err}\"";
        IFile file = Ui.file(Ui.project("fixes"), "handler.atflow", "step \"s\" {\n  send AT\n}\n\n" + handler + "\n");
        ScriptEditor editor = Ui.open(file);
        IMarker marker = waitMarker(file, IssueCodes.HANDLER_AFTER_STEPS);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1);
        Ui.until(() -> !ReconcileMarkersTest.codes(editor, offset).isEmpty(), "the annotation of the marker");
        ICompletionProposal fix = proposal(ctrl1(editor, offset), "Move the handler above the first step");
        assertEquals("Moves " + handler + " above the first step, so that it guards every step.",
                fix.getAdditionalProposalInfo());
        fix.apply(editor.document());
        assertEquals(handler + "\n\nstep \"s\" {\n  send AT\n}\n", editor.document().get());
        Ui.until(() -> Ui.markers(file, IssueCodes.HANDLER_AFTER_STEPS).isEmpty(), () -> "no handler warning; have "
                + Ui.describe(file));
    }

    @Test
    void ctrl1SetsTheClockBeforeTlsThatChecksValidity() throws CoreException {
        String open = "  send AT+QMTOPEN=0,\"h.aliyuncs.com\",1883\n";
        String text = "step \"tls\" {\n  send AT+QSSLCFG=\"seclevel\",1,1\n  send AT+QSSLCFG=\"ignorelocaltime\",1,0\n"
                + "  send AT+QMTCFG=\"ssl\",0,1,1\n" + open + "}\n";
        IFile file = Ui.file(Ui.project("fixes"), "clock.atflow", text);
        ScriptEditor editor = Ui.open(file);
        IMarker marker = waitMarker(file, IssueCodes.CLOCK_NOT_SET);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1);
        Ui.until(() -> !ReconcileMarkersTest.codes(editor, offset).isEmpty(), "the annotation of the marker");
        proposal(ctrl1(editor, offset), "Insert AT+QNTP=1,\"ntp.aliyun.com\"").apply(editor.document());
        assertEquals(text.replace(open, "  send AT+QNTP=1,\"ntp.aliyun.com\"\n  await +QNTP: 0,{ntpTime} within 125s\n"
                + open), editor.document().get());
        Ui.until(() -> Ui.markers(file, IssueCodes.CLOCK_NOT_SET).isEmpty(), () -> "no clock warning; have "
                + Ui.describe(file));
    }

    @Test
    void problemsViewQuickFixReplacesAStalePasswordInAClosedFile() throws CoreException, IOException {
        String stale = Scripts.CONNECT_WITHOUT_PASSWORD.replace("\"device001&i2uqc2dloOl\"",
                "\"device001&i2uqc2dloOl\",\"0309b31761c30d24\"");
        IFile file = Ui.file(Ui.project("fixes"), "stale.atflow", stale);
        IMarker marker = waitMarker(file, IssueCodes.PASSWORD_MISMATCH);
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
        IMarkerResolution fix = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
                .filter(r -> r.getLabel().startsWith(QuickFixes.PASSWORD_TITLE)).findFirst().orElseThrow();
        fix.run(marker);
        String content = read(file);
        assertTrue(content.contains(",\"" + Scripts.NOTE_PASSWORD + "\"\n"), content);
        Ui.until(() -> Ui.markers(file, IssueCodes.PASSWORD_MISMATCH).isEmpty(), () -> "no mismatch; have "
                + Ui.describe(file));
    }

    @Test
    void literalSecretMovesToSecureStorage() throws CoreException, StorageException {
        AtFlowUi.getDefault().secrets().remove(Scripts.SECRET_NAME);
        IFile file = Ui.file(Ui.project("fixes"), "literal.atflow", Scripts.METER.replace(
                "secret(\"i2uqc2dloOl/device001\")", "\"" + Scripts.DEVICE_SECRET + "\""));
        ScriptEditor editor = Ui.open(file);
        IMarker marker = waitMarker(file, IssueCodes.LITERAL_SECRET);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1);
        Ui.until(() -> !ReconcileMarkersTest.codes(editor, offset).isEmpty(), "the annotation of the marker");
        proposal(ctrl1(editor, offset), "Move the secret to secure storage").apply(editor.document());
        assertTrue(editor.document().get().contains("deviceSecret secret(\"i2uqc2dloOl/device001\")"),
                editor.document().get());
        assertFalse(editor.document().get().contains(Scripts.DEVICE_SECRET));
        assertEquals(Optional.of(Scripts.DEVICE_SECRET), AtFlowUi.getDefault().secrets().storage().resolve(Scripts.SECRET_NAME, null));
        Ui.until(() -> Ui.markers(file, IssueCodes.LITERAL_SECRET).isEmpty(), "no literal-secret marker");
    }

    @Test
    void missingSecretIsAskedForAndStored() throws CoreException, StorageException {
        AtFlowUi.getDefault().secrets().remove(Scripts.SECRET_NAME);
        String full = Scripts.CONNECT_WITHOUT_PASSWORD.replace("\"device001&i2uqc2dloOl\"",
                "\"device001&i2uqc2dloOl\",\"" + Scripts.NOTE_PASSWORD + "\"");
        IFile file = Ui.file(Ui.project("fixes"), "unverified.atflow", full);
        ScriptEditor editor = Ui.open(file);
        IMarker marker = waitMarker(file, IssueCodes.CREDENTIAL_UNVERIFIED);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1);
        Ui.until(() -> !ReconcileMarkersTest.codes(editor, offset).isEmpty(), "the annotation of the marker");
        ICompletionProposal set = proposal(ctrl1(editor, offset), "Set secret " + Scripts.SECRET_NAME);
        answerSecretDialog(Scripts.SECRET_NAME, Scripts.DEVICE_SECRET);
        set.apply(editor.document());
        assertEquals(Optional.of(Scripts.DEVICE_SECRET), AtFlowUi.getDefault().secrets().storage().resolve(Scripts.SECRET_NAME, null));
        assertEquals(full, editor.document().get(), "the script is not changed");
        Ui.until(() -> Ui.markers(file, IssueCodes.CREDENTIAL_UNVERIFIED).isEmpty(), () -> "verified; have "
                + Ui.describe(file));
        assertEquals(List.of(), Ui.markers(file, IssueCodes.PASSWORD_MISMATCH), "the note's password matches");
    }

    /** Types {@code value} into the masked secret dialog once it is open, then presses OK. */
    static void answerSecretDialog(String name, String value) {
        Display display = Display.getCurrent();
        Runnable[] answer = new Runnable[1];
        answer[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && SecretDialog.title(name).equals(s.getText())) {
                    Text text = Widgets.find(s, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0);
                    assertTrue(text != null, "the dialog's field is masked");
                    text.setText(value);
                    Button ok = Widgets.find(s, Button.class, b -> "OK".equals(b.getText().replace("&", "")));
                    ok.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            display.timerExec(50, answer[0]);
        };
        display.timerExec(50, answer[0]);
    }

    static String read(IFile file) throws CoreException, IOException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> labels(ICompletionProposal[] all) {
        return Arrays.stream(all).map(ICompletionProposal::getDisplayString).toList();
    }
}
