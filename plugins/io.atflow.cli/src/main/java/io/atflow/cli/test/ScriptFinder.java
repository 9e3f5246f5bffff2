package io.atflow.cli.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

import io.atflow.cli.CliException;
import io.atflow.lang.atFlow.Element;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;
import io.atflow.lang.model.Includes;

/**
 * The scripts {@code atflow test PATH...} runs: each file given, and in each folder given every {@code *.atflow}
 * below it that no other script of that folder includes (files such as {@code common/network.atflow} exist to be
 * included). Includes resolve as the language resolves them ({@link Includes#uri}). Hidden folders are skipped.
 */
final class ScriptFinder {
    private final ScriptLoader loader;

    ScriptFinder(ScriptLoader loader) {
        this.loader = loader;
    }

    /** Paths in the order given, each folder's scripts sorted; a file found twice is taken once. */
    List<Path> find(List<Path> paths) throws CliException {
        Map<Path, Path> found = new LinkedHashMap<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                found.putIfAbsent(key(p), p);
            } else if (Files.isDirectory(p)) {
                List<Path> scripts = folder(p);
                if (scripts.isEmpty()) {
                    throw CliException.usage("no .atflow scripts to run in " + p);
                }
                scripts.forEach(s -> found.putIfAbsent(key(s), s));
            } else {
                throw CliException.usage("no such file or folder: " + p);
            }
        }
        return List.copyOf(found.values());
    }

    private List<Path> folder(Path dir) throws CliException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(f -> f.getFileName().toString().endsWith(".atflow") && Files.isRegularFile(f))
                    .filter(f -> !hidden(dir, f)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw CliException.usage("cannot read the folder " + dir + ": " + e.getMessage());
        }
        Set<Path> included = new HashSet<>();
        for (Path f : all) {
            included.addAll(includes(f));
        }
        List<Path> out = new ArrayList<>();
        for (Path f : all) {
            if (!included.contains(key(f))) {
                out.add(f);
            }
        }
        return out;
    }

    /** The files {@code file} includes (parsed only; a file that cannot be read includes nothing). */
    private Set<Path> includes(Path file) {
        Set<Path> out = new HashSet<>();
        try {
            LoadedScript s = loader.parse(file.toString(), URI.createFileURI(key(file).toString()),
                    Files.readAllBytes(file));
            if (s.script() == null) {
                return out;
            }
            for (Element e : s.script().getElements()) {
                URI uri = e instanceof Include inc ? Includes.uri(inc) : null;
                if (uri != null && uri.isFile()) {
                    out.add(Path.of(uri.toFileString()).normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable here: the run reports it
        }
        return out;
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
