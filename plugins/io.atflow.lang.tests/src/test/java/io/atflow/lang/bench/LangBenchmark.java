package io.atflow.lang.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

import com.google.inject.Injector;

import io.atflow.lang.formatting.ScriptFormatter;
import io.atflow.lang.testing.TestLanguage;

/**
 * Benchmark of the language front end on a generated 10,000-line script (warm JVM): full parse + validate,
 * re-validation after a one-line edit (Xtext partial reparse, then the incremental validator, beside Xtext's full
 * validation of the same state), and formatting. Prints medians.
 */
public final class LangBenchmark {
    private LangBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Injector injector = TestLanguage.withNoteSecrets().injector();
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        String text = ScriptGenerator.generate(lines);
        long actualLines = text.chars().filter(c -> c == '\n').count();

        Supplier<XtextResource> parse = () -> parse(injector, text);
        for (int i = 0; i < 3; i++) {
            validate(validator, parse.get());
        }
        List<Long> full = new ArrayList<>();
        List<Long> parseOnly = new ArrayList<>();
        List<Long> edit = new ArrayList<>();
        List<Long> reparse = new ArrayList<>();
        List<Long> incremental = new ArrayList<>();
        List<Long> fullAgain = new ArrayList<>();
        IResourceValidator plain = injector.getInstance(ResourceValidatorImpl.class);
        List<Long> format = new ArrayList<>();
        int issues = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            XtextResource r = parse.get();
            long t1 = System.nanoTime();
            issues = validate(validator, r).size();
            long t2 = System.nanoTime();
            parseOnly.add(t1 - t0);
            full.add(t2 - t0);

            int at = text.indexOf("send AT+QMTOPEN=0,\"${host}\",1883", text.length() / 2);
            String old = "send AT+QMTOPEN=0,\"${host}\",1883";
            long t3 = System.nanoTime();
            r.update(at, old.length(), "send AT+QMTOPEN=1,\"${host}\",8883");
            long t3a = System.nanoTime();
            validate(validator, r);
            long t3b = System.nanoTime();
            edit.add(t3b - t3);
            reparse.add(t3a - t3);
            incremental.add(t3b - t3a);
            // the same edit back, validated in full by Xtext's validator (what every edit cost before)
            r.update(at, old.length(), old);
            long t5 = System.nanoTime();
            validate(plain, r);
            fullAgain.add(System.nanoTime() - t5);

            long t4 = System.nanoTime();
            injector.getInstance(ScriptFormatter.class).format(parse.get());
            format.add(System.nanoTime() - t4);
        }
        System.out.printf("script: %d lines, %d KiB, %d diagnostics%n", actualLines, text.length() / 1024, issues);
        System.out.printf("parse:                         median %6.1f ms%n", median(parseOnly));
        System.out.printf("parse + validate:              median %6.1f ms%n", median(full));
        System.out.printf("one-line edit + re-validate:   median %6.1f ms%n", median(edit));
        System.out.printf("  of which the partial reparse:   median %6.1f ms%n", median(reparse));
        System.out.printf("  of which the re-validation:     median %6.1f ms (incremental)%n", median(incremental));
        System.out.printf("  full re-validation instead:     median %6.1f ms (Xtext's ResourceValidatorImpl)%n", median(fullAgain));
        System.out.printf("parse + format:                median %6.1f ms%n", median(format));
        System.out.printf("(%d runs after 3 warm-up runs, %s, %d cores)%n", runs, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    static XtextResource parse(Injector injector, String text) {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        XtextResource r = (XtextResource) set.createResource(URI.createURI("memory:/bench.atflow"));
        try {
            r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }

    static List<Issue> validate(IResourceValidator validator, XtextResource r) {
        return validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    static double median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1e6;
    }
}
