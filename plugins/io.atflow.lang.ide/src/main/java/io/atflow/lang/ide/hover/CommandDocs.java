package io.atflow.lang.ide.hover;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FinalResult;
import io.atflow.lang.catalog.ParamSpec;
import io.atflow.lang.catalog.UrcSpec;
import io.atflow.lang.catalog.VariantSpec;

/** Markdown documentation of catalog entries, shared by hover and content assist. */
public final class CommandDocs {
    private CommandDocs() {
    }

    public static String command(AtCatalog catalog, CommandSpec c) {
        StringBuilder b = new StringBuilder("**").append(c.name()).append("** — ").append(c.summary()).append("\n\n```\n")
                .append(c.syntax()).append("```\n");
        if (!c.profiles().isEmpty()) {
            b.append("\nAvailable on: ").append(c.profiles().stream().map(p -> catalog.profile(p).map(x -> x.name()).orElse(p))
                    .sorted().collect(Collectors.joining(", "))).append('\n');
        }
        c.profileNotes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(n -> b.append("\nOn ")
                .append(catalog.profile(n.getKey()).map(x -> x.name()).orElse(n.getKey())).append(": ").append(n.getValue())
                .append('\n'));
        c.forms().values().stream().flatMap(f -> f.results().stream()).distinct().forEach(r -> b.append("\nReports its result later as `")
                .append(r).append(": ...`").append(catalog.urc(r).map(u -> " (" + String.join(",", u.fields()) + ")").orElse("")).append('\n'));
        String times = c.forms().entrySet().stream().filter(e -> e.getValue().maxResponse() != null)
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getValue().maxResponse() + " (" + e.getKey().key() + ")")
                .collect(Collectors.joining(", "));
        if (!times.isEmpty()) {
            b.append("\nMaximum response time: ").append(times).append('\n');
        }
        if (c.source() != null) {
            b.append("\nSource: ").append(c.source()).append('\n');
        }
        return b.toString();
    }

    public static String parameter(String label, ParamSpec p) {
        return "**" + label + "** `" + p.describe() + "`" + (p.optional() ? " (optional)" : "")
                + (p.uncertain() ? "\n\n_The limit comes from an unverified source._" : "");
    }

    public static String variant(String command, String key, String doc, List<ParamSpec> params) {
        return "**" + command + "=\"" + key + "\"**" + (doc == null ? "" : " — " + doc) + "\n\n"
                + params.stream().map(p -> "- `" + p.describe() + "`" + (p.optional() ? " (optional)" : ""))
                        .collect(Collectors.joining("\n"));
    }

    /** A setting with the profiles that have it and its source, when the catalog names them. */
    public static String variant(AtCatalog catalog, String command, VariantSpec v) {
        StringBuilder b = new StringBuilder(variant(command, v.key(), v.doc(), v.params()));
        if (!v.profiles().isEmpty()) {
            b.append("\n\nAvailable on: ").append(v.profiles().stream().map(p -> catalog.profile(p).map(x -> x.name())
                    .orElse(p)).sorted().collect(Collectors.joining(", ")));
        }
        if (v.source() != null) {
            b.append("\n\nSource: ").append(v.source());
        }
        return b.toString();
    }

    public static String urc(UrcSpec u) {
        StringBuilder b = new StringBuilder("**").append(u.name()).append(": ").append(String.join(",", u.fields().stream()
                .map(f -> "<" + f + ">").toList())).append("**");
        b.append(u.unsolicited() ? " — unsolicited result code" : u.result() ? " — delayed result of a command" : " — response");
        if (u.doc() != null) {
            b.append("\n\n").append(u.doc());
        }
        for (Map.Entry<String, Map<String, String>> table : u.codes().entrySet()) {
            b.append("\n\n`<").append(table.getKey()).append(">`:\n");
            table.getValue().forEach((k, v) -> b.append("- `").append(k).append("` ").append(v).append('\n'));
        }
        return b.toString();
    }

    public static String result(FinalResult r) {
        return "**" + r.name() + "** — " + r.doc();
    }

}
