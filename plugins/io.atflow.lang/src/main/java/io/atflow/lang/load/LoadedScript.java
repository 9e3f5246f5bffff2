package io.atflow.lang.load;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

import io.atflow.lang.atFlow.Script;

/**
 * A script read from a file: its AST (null when the bytes could not be parsed at all), its resource and every
 * diagnostic, sorted by position.
 */
public record LoadedScript(String path, Script script, XtextResource resource, List<Diagnostic> diagnostics) {

    public LoadedScript {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** True when the parser reported syntax errors (the formatter leaves such files alone). */
    public boolean hasSyntaxErrors() {
        return script == null || (resource != null && !resource.getErrors().isEmpty());
    }
}
