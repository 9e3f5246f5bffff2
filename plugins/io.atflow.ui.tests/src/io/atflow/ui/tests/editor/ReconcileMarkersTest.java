package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.validation.IssueCodes;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.hover.ScriptTextHover;
import io.atflow.ui.editor.reconcile.ProblemAnnotation;
import io.atflow.ui.editor.reconcile.ProblemAnnotations;
import io.atflow.ui.language.Problem;

/** Reconciling as you type: markers and annotations appear for an error and go away when it is fixed. */
class ReconcileMarkersTest {
    static final String SCRIPT = "step \"s\" {\n  send AT+QMTOPEN=0,\"h\",1883\n}\n";

    @AfterEach
    void close() {
        Ui.closeEditors();
    }

    @Test
    void typedErrorBecomesAMarkerAndAnAnnotationAndGoesAwayWhenFixed() throws CoreException, BadLocationException {
        IFile file = Ui.file(Ui.project("reconcile"), "typing.atflow", SCRIPT);
        ScriptEditor editor = Ui.open(file);
        Ui.reconciled(editor);
        assertEquals(List.of(), Ui.markers(file, IssueCodes.UNKNOWN_COMMAND));
        IDocument doc = editor.document();
        int e = doc.get().indexOf("OPEN") + 2;
        doc.replace(e, 1, "");
        Ui.until(() -> !Ui.markers(file, IssueCodes.UNKNOWN_COMMAND).isEmpty(), () -> "a marker; have " + Ui.describe(file));
        IMarker marker = Ui.markers(file, IssueCodes.UNKNOWN_COMMAND).get(0);
        assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1), "catalog misses are warnings");
        assertEquals(2, marker.getAttribute(IMarker.LINE_NUMBER, -1), () -> {
            try {
                return marker.getAttributes().toString();
            } catch (CoreException x) {
                return x.toString();
            }
        });
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertTrue(doc.get().substring(start, marker.getAttribute(IMarker.CHAR_END, -1)).startsWith("AT+QMTOPN"),
                () -> doc.get().substring(start));
        Ui.until(() -> codes(editor, start).contains(IssueCodes.UNKNOWN_COMMAND), "the annotation in the editor");
        // the reconciler's annotation, once: the editor's model leaves ATFlow's own marker out
        assertEquals(1, annotations(editor).stream().filter(p -> p.code().equals(IssueCodes.UNKNOWN_COMMAND)).count());
        assertEquals(1, codes(editor, start).stream().filter(IssueCodes.UNKNOWN_COMMAND::equals).count());
        String hover = (String) new ScriptTextHover(editor.sourceViewer(), AtFlowUi.getDefault().language()).getHoverInfo2(editor.sourceViewer(),
                new Region(start + 3, 0));
        assertTrue(hover.contains("AT+QMTOPN") && hover.contains("Quick fix available"), hover);

        doc.replace(e, 0, "E");
        Ui.until(() -> Ui.markers(file, IssueCodes.UNKNOWN_COMMAND).isEmpty(), () -> "no marker; have " + Ui.describe(file));
        Ui.until(() -> !codes(editor, start).contains(IssueCodes.UNKNOWN_COMMAND), "no annotation");
    }

    @Test
    void otherMarkersOfTheFileStillShowInTheEditor() throws CoreException {
        IFile file = Ui.file(Ui.project("reconcile"), "tasks.atflow", SCRIPT);
        ScriptEditor editor = Ui.open(file);
        Ui.reconciled(editor);
        IMarker task = file.createMarker(IMarker.TASK);
        task.setAttribute(IMarker.MESSAGE, "check the broker's port");
        task.setAttribute(IMarker.CHAR_START, 0);
        task.setAttribute(IMarker.CHAR_END, 4);
        Ui.until(() -> markerAnnotations(editor).contains(task), "the task marker's annotation in the editor");
    }

    static List<IMarker> markerAnnotations(ScriptEditor editor) {
        List<IMarker> out = new java.util.ArrayList<>();
        editor.sourceViewer().getAnnotationModel().getAnnotationIterator().forEachRemaining(a -> {
            if (a instanceof org.eclipse.ui.texteditor.MarkerAnnotation m) {
                out.add(m.getMarker());
            }
        });
        return out;
    }

    @Test
    void scriptsThatAreNotOpenGetMarkersToo() throws CoreException {
        IFile file = Ui.file(Ui.project("reconcile"), "closed.atflow", SCRIPT.replace("1883", "1883\n  log \"${missing}\""));
        Ui.until(() -> !Ui.markers(file, IssueCodes.UNKNOWN_NAME).isEmpty(), () -> "a marker; have " + Ui.describe(file));
        Ui.file(file.getProject(), "closed.atflow", SCRIPT);
        Ui.until(() -> Ui.markers(file).isEmpty(), () -> "no markers; have " + Ui.describe(file));
    }

    @Test
    void scriptsOutsideTheWorkspaceGetAnnotations() throws IOException, CoreException, BadLocationException {
        Path script = Files.createTempDirectory("atflow-outside").resolve("outside.atflow");
        Files.writeString(script, SCRIPT);
        ScriptEditor editor = (ScriptEditor) IDE.openEditorOnFileStore(Ui.page(), EFS.getStore(script.toUri()));
        Ui.reconciled(editor);
        IDocument doc = editor.document();
        int at = doc.get().indexOf("1883");
        doc.replace(at, 0, "${nope}");
        Ui.until(() -> annotations(editor).stream().anyMatch(p -> p.code().equals(IssueCodes.UNKNOWN_NAME)),
                "an annotation for the unknown name");
        doc.replace(at, "${nope}".length(), "");
        Ui.until(() -> annotations(editor).isEmpty(), "no annotations");
    }

    static List<String> codes(ScriptEditor editor, int offset) {
        return ProblemAnnotations.at(editor.sourceViewer().getAnnotationModel(), offset).stream().map(Problem::code)
                .toList();
    }

    static List<Problem> annotations(ScriptEditor editor) {
        List<Problem> out = new java.util.ArrayList<>();
        editor.sourceViewer().getAnnotationModel().getAnnotationIterator().forEachRemaining(a -> {
            if (a instanceof ProblemAnnotation pa) {
                out.add(pa.problem());
            }
        });
        return out;
    }
}
