package io.atflow.lang.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.atflow.lang.atFlow.Script;
import io.atflow.lang.validation.IssueCodes;

/**
 * Reads, parses and validates scripts from files or text. Used by {@code atflow check}/{@code fmt}, the interpreter
 * and tests. Any input gives diagnostics: byte problems are caught by {@link SourceGuard}, parsing runs on a thread
 * with a large stack and a runaway recursion becomes a diagnostic.
 */
public class ScriptLoader {
    private static final long STACK_BYTES = 256L << 20;

    @Inject
    private Provider<XtextResourceSet> resourceSets;
    @Inject
    private IResourceValidator validator;

    /** Loads and validates a file; a missing or unreadable file is an {@link IOException} with one sentence. */
    public LoadedScript load(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return load(file.toString(), URI.createFileURI(file.toAbsolutePath().normalize().toString()), bytes, true);
    }

    /** Parses and validates text given in memory; {@code uri} decides how includes resolve. */
    public LoadedScript load(String path, URI uri, String text) {
        return load(path, uri, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Parses and validates raw bytes (checked like a file's: encoding, size, nesting). */
    public LoadedScript load(String path, URI uri, byte[] bytes) {
        return load(path, uri, bytes, true);
    }

    /** Parses only (no validation), e.g. before formatting. */
    public LoadedScript parse(String path, URI uri, byte[] bytes) {
        return load(path, uri, bytes, false);
    }

    private LoadedScript load(String path, URI uri, byte[] bytes, boolean validate) {
        SourceGuard.Checked checked = SourceGuard.check(path, bytes);
        if (checked.problem() != null) {
            return new LoadedScript(path, null, null, List.of(checked.problem()));
        }
        AtomicReference<LoadedScript> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(parseAndValidate(path, uri, checked.text(), validate));
            } catch (StackOverflowError e) {
                failure.set(e);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "atflow-load", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LoadedScript(path, null, null, List.of(error(path, 1, 1, "loading was interrupted", IssueCodes.SYNTAX)));
        }
        if (failure.get() instanceof StackOverflowError) {
            return new LoadedScript(path, null, null, List.of(error(path, 1, 1,
                    "the script nests too deeply to be parsed", IssueCodes.TOO_DEEP)));
        }
        if (failure.get() != null) {
            throw (RuntimeException) failure.get();
        }
        return result.get();
    }

    private LoadedScript parseAndValidate(String path, URI uri, String text, boolean validate) {
        XtextResourceSet set = resourceSets.get();
        XtextResource resource = (XtextResource) set.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            return new LoadedScript(path, null, null, List.of(error(path, 1, 1, "cannot parse: " + e.getMessage(),
                    IssueCodes.SYNTAX)));
        }
        Script script = resource.getContents().isEmpty() ? null : (Script) resource.getContents().get(0);
        List<Diagnostic> out = new ArrayList<>();
        if (validate) {
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                out.add(toDiagnostic(path, issue));
            }
        } else {
            resource.getErrors().forEach(e -> out.add(error(path, e.getLine(), e.getColumn(), e.getMessage(),
                    IssueCodes.SYNTAX)));
        }
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        if (validate) {
            out.addAll(includedSyntaxErrors(set, resource));
        }
        return new LoadedScript(path, script, resource, out);
    }

    /** Syntax errors of the files this script includes (loaded into the same resource set while validating). */
    private static List<Diagnostic> includedSyntaxErrors(XtextResourceSet set, XtextResource main) {
        List<Diagnostic> out = new ArrayList<>();
        for (org.eclipse.emf.ecore.resource.Resource r : List.copyOf(set.getResources())) {
            if (r == main || r.getErrors().isEmpty()) {
                continue;
            }
            String path = r.getURI().isFile() ? r.getURI().toFileString() : r.getURI().toString();
            r.getErrors().forEach(e -> out.add(error(path, Math.max(1, e.getLine()), Math.max(1, e.getColumn()),
                    e.getMessage(), IssueCodes.SYNTAX)));
        }
        return out;
    }

    private static Diagnostic toDiagnostic(String path, Issue issue) {
        Diagnostic.Severity severity = issue.getSeverity() == Severity.ERROR ? Diagnostic.Severity.ERROR
                : issue.getSeverity() == Severity.WARNING ? Diagnostic.Severity.WARNING : Diagnostic.Severity.INFO;
        String code = issue.getCode();
        if (code == null || !code.startsWith("atflow.")) {
            code = IssueCodes.SYNTAX;
        }
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int col = issue.getColumn() == null ? 1 : issue.getColumn();
        return new Diagnostic(severity, path, line, col, issue.getMessage(), code);
    }

    private static Diagnostic error(String path, int line, int col, String message, String code) {
        return new Diagnostic(Diagnostic.Severity.ERROR, path, line, col, message, code);
    }
}
