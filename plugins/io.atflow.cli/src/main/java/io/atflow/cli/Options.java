package io.atflow.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed {@code --name value}, {@code --name=value} and {@code --flag} options plus positional arguments. Options
 * not declared by the command are usage errors, so a typo never silently changes what runs.
 */
public final class Options {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Options() {
    }

    /**
     * @param valued options that take a value (may repeat; {@link #get} returns the last)
     * @param flags  options without a value
     */
    public static Options parse(List<String> args, Set<String> valued, Set<String> flags) throws CliException {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                o.positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                o.positionals.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (flags.contains(name)) {
                if (eq >= 0) {
                    throw CliException.usage("option --" + name + " takes no value");
                }
                o.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else if (valued.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw CliException.usage("option --" + name + " needs a value");
                }
                o.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw CliException.usage("unknown option --" + name);
            }
        }
        return o;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String get(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    public String require(String name) throws CliException {
        String v = get(name);
        if (v == null) {
            throw CliException.usage("missing --" + name);
        }
        return v;
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The {@code --var name=value} options as script variables; one sentence for a malformed one. */
    public Map<String, String> variables() throws CliException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : all("var")) {
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
