package io.atflow.launch.interactive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.ide.contentassist.CommandProposals;
import io.atflow.lang.ide.hover.CommandDocs;

/**
 * Content assist of the AT console's input line: the catalog's commands, one proposal per form (as in the script
 * editor), whose text starts with what was typed (case-insensitively).
 */
public final class AtProposals {
    private final AtCatalog catalog;

    public AtProposals(AtCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param content the text of the input line
     * @param caret   the caret offset; only the text before it counts
     */
    public List<Proposal> proposals(String content, int caret) {
        String typed = content.substring(0, Math.max(0, Math.min(caret, content.length()))).stripLeading();
        String key = typed.toUpperCase(Locale.ROOT);
        List<Proposal> out = new ArrayList<>();
        for (CommandSpec c : catalog.commands()) {
            for (String form : CommandProposals.forms(c)) {
                if (form.toUpperCase(Locale.ROOT).startsWith(key) && !form.equalsIgnoreCase(typed)) {
                    out.add(new Proposal(form, c.summary(), CommandDocs.command(catalog, c)));
                }
            }
        }
        return out;
    }

    /**
     * @param text        what replaces the input line
     * @param summary     one line, shown next to the text
     * @param description the command's documentation
     */
    public record Proposal(String text, String summary, String description) {
        /** {@code AT+QMTOPEN= — Open a network connection for an MQTT client}. */
        public String label() {
            return summary == null || summary.isBlank() ? text : text + " \u2014 " + summary;
        }
    }
}
