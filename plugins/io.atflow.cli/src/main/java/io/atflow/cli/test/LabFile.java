package io.atflow.cli.test;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import io.atflow.cli.CliException;

/**
 * Reads a lab file: one TOML table per module under {@code modules}, e.g.
 *
 * <pre>
 * [modules.ec25-a]
 * port = "/dev/ttyUSB2"
 * baud = 115200
 * profile = "ec25"
 * tags = ["rack1"]
 * </pre>
 *
 * Every mistake is one sentence starting with {@code file:line:} (a TOML syntax error as tomlj reports it, an unknown
 * key, a value of the wrong type); the values themselves are checked by {@link ModuleSpecs}.
 */
final class LabFile {
    private static final Set<String> KEYS = Set.of("port", "baud", "profile", "tags");

    private LabFile() {
    }

    static List<LabModule> read(Path file) throws CliException {
        TomlParseResult toml;
        try {
            toml = Toml.parse(file);
        } catch (NoSuchFileException e) {
            throw CliException.usage("no such lab file: " + file + " (--lab)");
        } catch (IOException e) {
            throw CliException.usage("cannot read the lab file " + file + ": " + e.getMessage());
        }
        if (toml.hasErrors()) {
            TomlParseError e = toml.errors().get(0);
            throw CliException.usage(at(file, e.position()) + e.getMessage());
        }
        for (String key : toml.keySet()) {
            if (!key.equals("modules")) {
                throw CliException.usage(at(file, toml.inputPositionOf(List.of(key))) + "unknown key \"" + key
                        + "\"; a lab file has [modules.NAME] tables");
            }
        }
        if (!toml.isTable("modules") || toml.getTable("modules").isEmpty()) {
            throw CliException.usage(file + ":1: no modules; write one [modules.NAME] table per module with at least "
                    + "port = \"...\"");
        }
        TomlTable modules = toml.getTable("modules");
        List<LabModule> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : modules.entrySet()) {
            List<String> path = List.of("modules", e.getKey());
            if (!(e.getValue() instanceof TomlTable t)) {
                throw CliException.usage(at(file, toml.inputPositionOf(path)) + "modules." + e.getKey()
                        + " is not a table; write [modules." + e.getKey() + "] with port = \"...\"");
            }
            out.add(module(file, toml, e.getKey(), t));
        }
        return out;
    }

    private static LabModule module(Path file, TomlParseResult toml, String name, TomlTable t) throws CliException {
        String where = "[modules." + name + "]";
        for (String key : t.keySet()) {
            if (!KEYS.contains(key)) {
                throw CliException.usage(at(file, toml.inputPositionOf(List.of("modules", name, key)))
                        + "unknown key \"" + key + "\" in " + where + "; a module has port, baud, profile and tags");
            }
        }
        if (!t.contains("port")) {
            throw CliException.usage(at(file, toml.inputPositionOf(List.of("modules", name))) + where
                    + " has no port; add port = \"/dev/ttyUSB2\" (or \"sim\", \"rfc2217://host:port\", ...)");
        }
        String port = string(file, toml, name, t, "port");
        String profile = t.contains("profile") ? string(file, toml, name, t, "profile") : null;
        Integer baud = null;
        if (t.contains("baud")) {
            if (!t.isLong("baud")) {
                throw wrongType(file, toml, name, "baud", "a whole number such as 115200");
            }
            long b = t.getLong("baud");
            baud = b > 0 && b <= Integer.MAX_VALUE ? (int) b : -1;
        }
        List<String> tags = new ArrayList<>();
        if (t.contains("tags")) {
            TomlArray a = t.isArray("tags") ? t.getArray("tags") : null;
            for (int i = 0; a != null && i < a.size(); i++) {
                if (!(a.get(i) instanceof String tag)) {
                    a = null;
                    break;
                }
                tags.add(tag);
            }
            if (a == null) {
                throw wrongType(file, toml, name, "tags", "a list of strings such as [\"rack1\", \"ec25\"]");
            }
        }
        String line = at(file, toml.inputPositionOf(List.of("modules", name, "port")));
        return ModuleSpecs.check(new LabModule(name, port, baud, profile, tags), line.substring(0, line.length() - 2));
    }

    private static String string(Path file, TomlParseResult toml, String name, TomlTable t, String key)
            throws CliException {
        if (!t.isString(key)) {
            throw wrongType(file, toml, name, key, "a quoted string");
        }
        return t.getString(key);
    }

    private static CliException wrongType(Path file, TomlParseResult toml, String name, String key, String what) {
        return CliException.usage(at(file, toml.inputPositionOf(List.of("modules", name, key))) + key + " in [modules."
                + name + "] must be " + what);
    }

    /** {@code file:line: }. */
    private static String at(Path file, TomlPosition p) {
        return file + ":" + (p == null ? 1 : p.line()) + ": ";
    }
}
