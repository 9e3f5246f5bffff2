package io.atflow.cli.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Options;

/**
 * The options of {@code atflow test [PATH...] [--junit FILE] [--tap FILE] [--ports P1,P2,... | --lab FILE
 * [--tag T]...] [-j N] [--var k=v]...}. Without {@code --ports} or {@code --lab} the pool is {@code N} simulated
 * modules ({@code -j N}, default 1); with them {@code -j} defaults to the number of modules. No path: the working
 * folder.
 */
record TestOptions(List<Path> paths, Path junit, Path tap, List<LabModule> modules, int jobs,
        Map<String, String> variables) {
    private static final Set<String> VALUED = Set.of("junit", "tap", "ports", "lab", "tag", "jobs", "var");

    static TestOptions parse(List<String> raw) throws CliException {
        Options o = Options.parse(shortJobs(raw), VALUED, Set.of());
        List<Path> paths = o.positionals().isEmpty() ? List.of(Path.of(".")) : o.positionals().stream()
                .map(Path::of).toList();
        Integer jobs = o.has("jobs") ? jobs(o.get("jobs")) : null;
        if (o.has("ports") && o.has("lab")) {
            throw CliException.usage("give --ports or --lab, not both");
        }
        if (o.has("tag") && !o.has("lab")) {
            throw CliException.usage("--tag selects modules of a lab file; give --lab FILE too");
        }
        List<LabModule> modules;
        if (o.has("ports")) {
            modules = ModuleSpecs.ports(o.get("ports"));
        } else if (o.has("lab")) {
            modules = tagged(LabFile.read(Path.of(o.get("lab"))), o.all("tag"), o.get("lab"));
        } else {
            modules = ModuleSpecs.ports(String.join(",", java.util.Collections.nCopies(jobs == null ? 1 : jobs,
                    "sim")));
        }
        return new TestOptions(paths, path(o.get("junit")), path(o.get("tap")), modules,
                jobs == null ? modules.size() : jobs, variables(o));
    }

    /** {@code -j N} and {@code -jN} as {@code --jobs N}. */
    private static List<String> shortJobs(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String a : raw) {
            if (a.equals("-j")) {
                out.add("--jobs");
            } else if (a.startsWith("-j") && a.length() > 2 && !a.startsWith("--")) {
                out.add("--jobs=" + a.substring(2));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static int jobs(String text) throws CliException {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw CliException.usage("-j " + text + " is not a number of scripts to run at once, e.g. -j 4");
    }

    private static List<LabModule> tagged(List<LabModule> all, List<String> tags, String lab) throws CliException {
        List<LabModule> out = all.stream().filter(m -> m.tags().containsAll(tags)).toList();
        if (out.isEmpty()) {
            throw CliException.usage("no module of " + lab + " has the tags " + String.join(", ", tags)
                    + " (--tag)");
        }
        return out;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }

    private static Map<String, String> variables(Options o) throws CliException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : o.all("var")) {
            int eq = v.indexOf('=');
            String name = eq < 0 ? v : v.substring(0, eq);
            if (eq < 0 || !name.matches("[a-z_][a-zA-Z0-9_]*")) {
                throw CliException.usage("--var " + v + " is not name=value with a script variable name, e.g. "
                        + "--var apn=cmnet");
            }
            out.put(name, v.substring(eq + 1));
        }
        return out;
    }
}
