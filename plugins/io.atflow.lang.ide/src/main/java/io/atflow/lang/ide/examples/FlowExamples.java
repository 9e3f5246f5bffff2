package io.atflow.lang.ide.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example scripts of the project ({@code examples/}, copied into this bundle by the build): the starting points
 * of the "New ATFlow Script" wizard and the editor's templates. The examples README's table is the index: its rows
 * name each script and the flow of the application note it shows.
 */
public final class FlowExamples {
    /** Folder of the examples inside this bundle. */
    public static final String FOLDER = "/io/atflow/lang/ide/examples/";
    private static final Pattern ROW = Pattern.compile("(?m)^\\|\\s*`([^`/]+\\.atflow)`\\s*\\|\\s*([^|]+?)\\s*\\|\\s*$");

    private FlowExamples() {
    }

    /** Every flow example, in the order of the README. */
    public static List<FlowExample> all() {
        String readme = read("README.md").orElseThrow(() -> new IllegalStateException(
                "the examples README is missing from io.atflow.lang.ide; rebuild the bundle"));
        List<FlowExample> out = new ArrayList<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            String file = m.group(1);
            String text = read(file).orElseThrow(() -> new IllegalStateException("the example " + file
                    + " named in the examples README is missing from io.atflow.lang.ide"));
            out.add(new FlowExample(file, m.group(2).replace("\\|", "|"), text));
        }
        return out;
    }

    /** A file of the examples folder by its path relative to it ({@code common/network.atflow}). */
    public static Optional<String> read(String relativePath) {
        if (relativePath.contains("..") || relativePath.startsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = FlowExamples.class.getResourceAsStream(FOLDER + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The example as one self-contained script: each {@code include} line replaced by the included file's text (each
     * file once), so the flow works where the included files do not exist. A {@code thingModel} line is kept as a
     * comment: the example's model file is not copied with it, and the user's product has its own model.
     */
    public static String inlined(FlowExample example) {
        return inline(example.text(), "", new HashSet<>());
    }

    private static String inline(String text, String dir, Set<String> seen) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            List<String> inc = FlowExample.includes(line);
            if (inc.size() == 1) {
                String path = normalize(dir + inc.get(0));
                Optional<String> content = read(path);
                if (content.isPresent()) {
                    if (seen.add(path)) {
                        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                        b.append(inline(content.get().stripTrailing(), folder, seen)).append('\n');
                    }
                    continue;
                }
            }
            if (line.startsWith("thingModel ")) {
                b.append("// ").append(line).append("   (export your product's thing model next to this script)\n");
                continue;
            }
            b.append(line).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
