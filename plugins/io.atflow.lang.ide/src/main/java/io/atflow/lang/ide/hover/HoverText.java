package io.atflow.lang.ide.hover;

import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;

import io.atflow.lang.atFlow.Pattern;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.ParamSpec;
import io.atflow.lang.catalog.VariantSpec;
import io.atflow.lang.ide.TokenAt;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.PatternKind;
import io.atflow.lang.model.PatternText;

/**
 * What a hover shows: command documentation on an AT command name, the parameter under the cursor on an argument,
 * the fields and code meanings of a URC (with the meaning of the values written in the pattern), or a result word.
 * Usable in-process by the Eclipse editor and through the language server.
 */
public final class HoverText {
    private final AtCatalog catalog;

    public HoverText(AtCatalog catalog) {
        this.catalog = catalog;
    }

    public Optional<HoverInfo> at(XtextResource resource, int offset) {
        TokenAt token = TokenAt.find(resource, offset);
        if (token == null) {
            return Optional.empty();
        }
        if (token.element() instanceof Send s && token.text().equals(s.getCommand())) {
            return command(token);
        }
        if (token.element() instanceof Pattern) {
            return pattern(token);
        }
        return Optional.empty();
    }

    private Optional<HoverInfo> command(TokenAt token) {
        AtCommandText cmd = AtCommandText.parse(token.text());
        Optional<CommandSpec> spec = catalog.command(cmd.name());
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        int at = token.offsetInToken();
        if (at <= cmd.nameLength()) {
            return Optional.of(new HoverInfo(CommandDocs.command(catalog, spec.get()), token.offset(), cmd.nameLength()));
        }
        Optional<FormSpec> form = spec.get().form(cmd.form());
        for (int i = 0; i < cmd.args().size() && form.isPresent(); i++) {
            AtArgument a = cmd.args().get(i);
            if (at >= a.offset() && at <= a.offset() + a.raw().length()) {
                return argument(spec.get(), form.get(), cmd, i).map(md -> new HoverInfo(md, token.offset() + a.offset(),
                        a.raw().length()));
            }
        }
        return Optional.of(new HoverInfo(CommandDocs.command(catalog, spec.get()), token.offset(), token.text().length()));
    }

    private Optional<String> argument(CommandSpec c, FormSpec form, AtCommandText cmd, int index) {
        if (form.variants().isEmpty()) {
            ParamSpec p = form.param(index);
            return Optional.ofNullable(p).map(x -> CommandDocs.parameter(c.name(), x));
        }
        VariantSpec v = cmd.subKey() == null ? null : form.variants().get(cmd.subKey());
        if (v == null) {
            return Optional.empty();
        }
        if (index == 0) {
            return Optional.of(CommandDocs.variant(catalog, c.name(), v));
        }
        return index - 1 < v.params().size()
                ? Optional.of(CommandDocs.parameter(c.name() + "=\"" + v.key() + "\"", v.params().get(index - 1)))
                : Optional.empty();
    }

    private Optional<HoverInfo> pattern(TokenAt token) {
        PatternText p = PatternText.parse(token.text());
        if (p.kind() == PatternKind.REGEX) {
            return Optional.empty();
        }
        if (p.kind() == PatternKind.WORD) {
            return catalog.result(p.text()).map(r -> new HoverInfo(CommandDocs.result(r), token.offset(), token.text().length()));
        }
        return catalog.urc(p.prefix()).map(u -> {
            String md = CommandDocs.urc(u);
            if (p.captures().isEmpty() && p.text().contains(":")) {
                md = catalog.describe(p.text()).map(d -> "**" + p.text() + "** means: " + d.substring(d.indexOf(' ') + 1) + "\n\n---\n\n")
                        .orElse("") + md;
            }
            return new HoverInfo(md, token.offset(), token.text().length());
        });
    }
}
