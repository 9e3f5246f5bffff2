package io.atflow.lang.catalog;

import io.atflow.engine.at.CommandFacts;

/**
 * The catalog's facts about commands, for the engine: a name answers late when the catalog lists a delayed result of
 * that name ({@code "result": true}); a write form ends with SEND OK when the catalog's {@code SEND OK} names it.
 */
final class CatalogFacts implements CommandFacts {
    private final AtCatalog catalog;

    CatalogFacts(AtCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean answersLate(String name) {
        return catalog.urc(name).map(UrcSpec::result).orElse(false);
    }

    @Override
    public boolean endsWithSendResult(String name) {
        return catalog.result("SEND OK").map(r -> r.ends().contains(name)).orElse(false);
    }
}
