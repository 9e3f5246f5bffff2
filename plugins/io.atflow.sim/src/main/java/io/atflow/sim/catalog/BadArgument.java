package io.atflow.sim.catalog;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;

/**
 * The final result a catalog entry documents for a bad argument: {@code ERROR} or {@code +CME ERROR: <n>}, whose
 * verbose text is the simulator's own where it has one ({@link CmeError}), else the catalog's meaning of the code.
 */
final class BadArgument {
    private static final String CME = "+CME ERROR: ";

    private BadArgument() {
    }

    static Outcome outcome(AtCatalog catalog, String documented) {
        if (!documented.startsWith(CME)) {
            return Outcome.ERROR;
        }
        int code = Integer.parseInt(documented.substring(CME.length()).trim());
        if (!CmeError.text(code).equals(CmeError.text(CmeError.UNKNOWN))) {
            return Outcome.cme(code);
        }
        return Outcome.cme(code, catalog.urc("+CME ERROR").map(u -> u.meaning("err", Integer.toString(code))).orElse(null));
    }
}
