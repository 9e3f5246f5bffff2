package io.atflow.ui.language;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A document's text at one modification stamp, parsed. {@code resource} is null when the bytes were refused before
 * parsing (size, NUL bytes, nesting); {@code refused} then says why. A snapshot is never changed after it is made, so
 * it can be read from any thread.
 */
public record ScriptSnapshot(URI uri, String text, long stamp, XtextResource resource, Problem refused) {

    public boolean isParsed() {
        return resource != null && !resource.getContents().isEmpty();
    }

    /** True when the parser reported syntax errors (the formatter leaves such scripts alone). */
    public boolean hasSyntaxErrors() {
        return resource == null || !resource.getErrors().isEmpty();
    }
}
