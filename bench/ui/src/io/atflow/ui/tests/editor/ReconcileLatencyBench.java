package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.validation.IssueCodes;
import io.atflow.lang.validation.incremental.ValidationMemo;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.editor.reconcile.ProblemAnnotations;
import io.atflow.ui.language.Problem;
import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.language.ScriptSnapshot;
import io.atflow.ui.preferences.ScriptPreferences;

/**
 * The editor benchmark, run in a real workbench by {@code bench/ui/run.sh} (never by the test suite): the latency from
 * a keystroke that makes an error in a 2,000-line script to the error annotation in the editor, and from the keystroke
 * that fixes it to the annotation's removal. Times are taken when the editor's annotation model changes. Prints the
 * report and writes it to the file named by {@code -Datflow.bench.report}. It lives in a fragment of
 * {@code io.atflow.ui.tests} to use that bundle's editor helpers ({@link Ui}).
 */
class ReconcileLatencyBench {
    static final int WARMUP = 3;

    @AfterEach
    void close() {
        Ui.closeEditors();
    }

    @Test
    void keystrokeToAnnotation() throws CoreException, BadLocationException, IOException {
        int lines = Integer.getInteger("atflow.bench.lines", 2000);
        int runs = Integer.getInteger("atflow.bench.runs", 20);
        String text = BenchScript.generate(lines);
        IFile file = Ui.file(Ui.project("bench"), "bench.atflow", text);
        ScriptEditor editor = Ui.open(file);
        Ui.reconciled(editor);
        assertEquals(List.of(), editor.lastReconcile().problems().stream().filter(p -> !p.severity().name().equals(
                "INFO")).toList(), "the generated script is clean");
        IDocument doc = editor.document();
        IAnnotationModel model = editor.sourceViewer().getAnnotationModel();
        // the time of the annotation model change that made the awaited condition true, taken in the listener
        AtomicReference<BooleanSupplier> awaited = new AtomicReference<>();
        AtomicLong hit = new AtomicLong();
        IAnnotationModelListener listener = m -> {
            BooleanSupplier c = awaited.get();
            if (c != null && hit.get() == 0 && c.getAsBoolean()) {
                hit.set(System.nanoTime());
            }
        };
        model.addAnnotationModelListener(listener);
        List<Double> appear = new ArrayList<>();
        List<Double> disappear = new ArrayList<>();
        try {
            for (int i = 0; i < WARMUP + runs; i++) {
                int at = nth(doc.get(), "send AT+QMTOPEN", 1 + (i * 37) % 150) + "send AT+QMTOP".length();
                // each keystroke comes to an editor at rest, as after a user's pause: the last check has ended
                // (a keystroke while a check still runs makes JFace's reconciler wait one more delay)
                Ui.reconciled(editor);
                long typed = expect(awaited, hit, () -> hasError(model, at));
                doc.replace(at, 1, "");
                double up = waitFor(awaited, hit, typed);
                Ui.reconciled(editor);
                long fixed = expect(awaited, hit, () -> !hasError(model, at));
                doc.replace(at, 0, "E");
                double down = waitFor(awaited, hit, fixed);
                if (i >= WARMUP) {
                    appear.add(up);
                    disappear.add(down);
                }
            }
        } finally {
            model.removeAnnotationModelListener(listener);
        }
        String report = report(doc, appear, disappear, work(doc.get(), runs), editWork(doc.get(), runs));
        System.out.println(report);
        String out = System.getProperty("atflow.bench.report");
        if (out != null) {
            Files.writeString(Path.of(out), report);
        }
    }

    static boolean hasError(IAnnotationModel model, int offset) {
        return ProblemAnnotations.at(model, offset).stream().anyMatch(p -> p.code().equals(IssueCodes.UNKNOWN_COMMAND));
    }

    /** Arms the listener for {@code condition}; returns the time of the keystroke that follows. */
    static long expect(AtomicReference<BooleanSupplier> awaited, AtomicLong hit, BooleanSupplier condition) {
        hit.set(0);
        awaited.set(condition);
        return System.nanoTime();
    }

    /**
     * Milliseconds from {@code start} to the annotation model change that made the awaited condition true (when the
     * model's listener saw it; else when the UI thread, polling every 20 ms at most, saw it).
     */
    static double waitFor(AtomicReference<BooleanSupplier> awaited, AtomicLong hit, long start) {
        Ui.until(awaited.get(), "the annotation");
        long seen = System.nanoTime();
        awaited.set(null);
        long at = hit.get() != 0 ? hit.get() : seen;
        return Math.max(0, at - start) / 1e6;
    }

    /** Parse + validate of the whole text off the UI (what one reconcile does), in milliseconds. */
    static List<Double> work(String text, int runs) {
        ScriptLanguage language = AtFlowUi.getDefault().language();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < runs + WARMUP; i++) {
            long t0 = System.nanoTime();
            ScriptSnapshot s = language.parse(URI.createURI("memory:/bench.atflow"), text, i);
            List<Problem> problems = language.validate(s, CancelIndicator.NullImpl);
            if (i >= WARMUP && problems != null) {
                out.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return out;
    }

    /**
     * Parse + validate after a one-character edit, the previous state's validation memo carried over as the reconciler
     * does (only the edited step is checked again), in milliseconds.
     */
    static List<Double> editWork(String text, int runs) {
        ScriptLanguage language = AtFlowUi.getDefault().language();
        URI uri = URI.createURI("memory:/bench-edit.atflow");
        int at = nth(text, "send AT+QMTOPEN", 75) + "send AT+QMTOP".length();
        String edited = text.substring(0, at) + text.substring(at + 1);
        ScriptSnapshot previous = language.parse(uri, text, 0);
        language.validate(previous, CancelIndicator.NullImpl);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < runs + WARMUP; i++) {
            long t0 = System.nanoTime();
            ScriptSnapshot s = language.parse(uri, i % 2 == 0 ? edited : text, i + 1);
            ValidationMemo.carryOver(previous.resource(), s.resource());
            List<Problem> problems = language.validate(s, CancelIndicator.NullImpl);
            if (i >= WARMUP && problems != null) {
                out.add((System.nanoTime() - t0) / 1e6);
            }
            previous = s;
        }
        return out;
    }

    static int nth(String text, String needle, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            int next = text.indexOf(needle, at + 1);
            if (next < 0) {
                break;
            }
            at = next;
        }
        return at;
    }

    static String report(IDocument doc, List<Double> appear, List<Double> disappear, List<Double> work,
            List<Double> editWork) {
        int delay = AtFlowUi.getDefault().getPreferenceStore().getInt(ScriptPreferences.RECONCILE_DELAY);
        return String.format(Locale.ROOT, """
                ATFlow editor: keystroke-to-annotation latency
                script: %d lines, %d characters; reconcile delay %d ms; %d runs after %d warm-up; %d processors
                error appears (AT+QMTOPEN -> AT+QMTOPN)  median %.0f ms  p90 %.0f ms  max %.0f ms
                error disappears (fixed)                  median %.0f ms  p90 %.0f ms  max %.0f ms
                beyond the typing pause: error appears    median %.0f ms  p90 %.0f ms  max %.0f ms
                beyond the typing pause: error disappears median %.0f ms  p90 %.0f ms  max %.0f ms
                one reconcile's work (parse + validate)   median %.0f ms  p90 %.0f ms  max %.0f ms
                the same after a one-character edit       median %.0f ms  p90 %.0f ms  max %.0f ms (incremental)
                """, doc.getNumberOfLines(), doc.getLength(), delay, appear.size(), WARMUP,
                Runtime.getRuntime().availableProcessors(), q(appear, 0.5), q(appear, 0.9), q(appear, 1),
                q(disappear, 0.5), q(disappear, 0.9), q(disappear, 1), q(minus(appear, delay), 0.5),
                q(minus(appear, delay), 0.9), q(minus(appear, delay), 1), q(minus(disappear, delay), 0.5),
                q(minus(disappear, delay), 0.9), q(minus(disappear, delay), 1), q(work, 0.5), q(work, 0.9), q(work, 1),
                q(editWork, 0.5), q(editWork, 0.9), q(editWork, 1));
    }

    /** Latencies less the typing pause: the annotation time minus the last keystroke's time minus the pause. */
    static List<Double> minus(List<Double> values, int delay) {
        return values.stream().map(v -> v - delay).toList();
    }

    static double q(List<Double> values, double quantile) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.isEmpty() ? Double.NaN : s.get((int) Math.min(s.size() - 1, Math.ceil(quantile * s.size()) - 1));
    }
}
