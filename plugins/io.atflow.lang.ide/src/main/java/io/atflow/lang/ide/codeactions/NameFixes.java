package io.atflow.lang.ide.codeactions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.DidYouMean;
import io.atflow.lang.ide.codeactions.QuickFixContext.Command;
import io.atflow.lang.model.ScriptIndex;

/** Did-you-mean fixes: misspelt command names and names of variables, identities and payloads. */
final class NameFixes {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private NameFixes() {
    }

    static List<QuickFix> command(QuickFixContext ctx, AtCatalog catalog, String profile) {
        Command c = ctx.command();
        if (c == null) {
            return List.of();
        }
        return changeTo(catalog.suggestCommands(c.text().name(), profile), ctx, c.offset(), c.text().nameLength());
    }

    static List<QuickFix> name(QuickFixContext ctx, ScriptIndex index) {
        String text = ctx.text();
        Matcher m = IDENT.matcher(text);
        int from = text.startsWith("${") ? 2 : 0;
        if (!m.find(from)) {
            return List.of();
        }
        int offset = ctx.offset() + m.start();
        return changeTo(DidYouMean.suggest(m.group(), index.names()), ctx, offset, m.group().length());
    }

    /** "Change to ..." for each suggestion, replacing {@code length} characters at {@code offset}. */
    private static List<QuickFix> changeTo(List<String> suggestions, QuickFixContext ctx, int offset, int length) {
        return suggestions.stream().map(s -> QuickFix.of("Change to " + s, ctx.code(), offset, length, s)).toList();
    }
}
