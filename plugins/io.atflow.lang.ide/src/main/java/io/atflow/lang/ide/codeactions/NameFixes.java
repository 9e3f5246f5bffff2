package io.atflow.lang.ide.codeactions;

import java.util.ArrayList;
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
        List<QuickFix> out = new ArrayList<>();
        for (String s : catalog.suggestCommands(c.text().name(), profile)) {
            out.add(QuickFix.of("Change to " + s, ctx.code(), c.offset(), c.text().nameLength(), s));
        }
        return out;
    }

    static List<QuickFix> name(QuickFixContext ctx, ScriptIndex index) {
        String text = ctx.text();
        Matcher m = IDENT.matcher(text);
        int from = text.startsWith("${") ? 2 : 0;
        if (!m.find(from)) {
            return List.of();
        }
        List<QuickFix> out = new ArrayList<>();
        for (String s : DidYouMean.suggest(m.group(), index.names())) {
            out.add(QuickFix.of("Change to " + s, ctx.code(), ctx.offset() + m.start(), m.group().length(), s));
        }
        return out;
    }
}
