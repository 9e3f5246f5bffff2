package io.atflow.lang.formatting;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a parsed script with the canonical formatter and returns the new text. */
public class ScriptFormatter {
    @Inject
    private Provider<FormatterRequest> requests;
    @Inject
    private Provider<IFormatter2> formatters;
    @Inject
    private Provider<TextRegionAccessBuilder> regionAccess;

    /** The formatted text of a resource without syntax errors. */
    public String format(XtextResource resource) {
        ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
        FormatterRequest request = requests.get();
        request.setTextRegionAccess(access);
        request.setAllowIdentityEdits(false);
        List<ITextReplacement> replacements = formatters.get().format(request);
        return access.getRewriter().renderToString(replacements);
    }
}
