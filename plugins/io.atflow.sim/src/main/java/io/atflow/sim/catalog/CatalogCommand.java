package io.atflow.sim.catalog;

import java.util.List;
import java.util.Optional;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.VariantSpec;
import io.atflow.lang.model.CommandForm;
import io.atflow.sim.at.AtArg;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * A catalog command the simulator has no behaviour of its own for, answered from the catalog alone: a form the
 * command lacks answers ERROR; the test form prints the manual's ranges line (or one built from the parameters),
 * the read and execute forms print the replies of a module at its defaults; the write form checks its arguments
 * against the parameter types and ranges and answers OK, or the manual's result for a bad argument
 * ({@code badArgument}). It changes no state, opens no data phase and reports no delayed result.
 */
public final class CatalogCommand implements CommandHandler {
    private final AtCatalog catalog;
    private final CommandSpec spec;
    private final String profile;
    private final Outcome bad;

    public CatalogCommand(AtCatalog catalog, CommandSpec spec, String profile) {
        this.catalog = catalog;
        this.spec = spec;
        this.profile = profile;
        this.bad = BadArgument.outcome(catalog, spec.badArgumentResult());
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        Optional<FormSpec> form = spec.form(CommandForm.valueOf(command.form().name()));
        if (form.isEmpty()) {
            return Outcome.ERROR;
        }
        FormSpec f = form.get();
        return switch (f.form()) {
            case TEST -> reply(module, f.reply().isEmpty() ? rangesOf(f) : f.reply());
            case READ, EXEC -> reply(module, f.reply());
            case WRITE -> fits(f, command.args()) ? reply(module, f.reply()) : bad;
        };
    }

    @Override
    public Outcome badSyntax() {
        return bad;
    }

    private boolean fits(FormSpec f, List<AtArg> args) {
        if (f.variants().isEmpty()) {
            return ArgumentCheck.fits(f, args);
        }
        if (args.isEmpty() || !args.get(0).quoted()) {
            return false;
        }
        VariantSpec v = f.variants().get(args.get(0).text());
        return v != null && catalog.available(v, profile)
                && ArgumentCheck.fits(v.params(), 0, args.subList(1, args.size()));
    }

    private List<String> rangesOf(FormSpec test) {
        String prefix = spec.name().substring(2);
        return spec.form(CommandForm.WRITE).map(w -> w.variants().isEmpty()
                ? (w.params().isEmpty() ? List.<String>of() : List.of(RangesLine.of(prefix, null, w.params())))
                : w.variants().values().stream().filter(v -> catalog.available(v, profile)).map(v -> RangesLine.of(prefix,
                        v.key(), v.params())).sorted().toList()).orElse(List.of());
    }

    private static Outcome reply(ModuleCore module, List<String> lines) {
        if (!lines.isEmpty()) {
            module.out().info(lines);
        }
        return Outcome.OK;
    }
}
