package io.atflow.sim.catalog;

import java.util.Locale;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.sim.core.ModuleCore;

/**
 * Registers a {@link CatalogCommand} for every command the catalog lists for a profile, so the simulated module
 * answers each of them at least syntactically; install it before the commands with behaviour of their own, which
 * replace these. Commands of other profiles stay unknown (ERROR), as on a real module.
 */
public final class CatalogCommands {
    private CatalogCommands() {
    }

    /** @return how many commands were registered */
    public static int install(ModuleCore core, AtCatalog catalog, String profile) {
        int n = 0;
        for (CommandSpec c : catalog.commands(profile)) {
            core.register(moduleName(c.name()), new CatalogCommand(catalog, c, profile));
            n++;
        }
        return n;
    }

    /** The name the module's parser gives a command: {@code +QFUPL} of AT+QFUPL, {@code &C} of AT&C, {@code Q} of ATQ. */
    static String moduleName(String catalogName) {
        return catalogName.substring(2).toUpperCase(Locale.ROOT);
    }
}
