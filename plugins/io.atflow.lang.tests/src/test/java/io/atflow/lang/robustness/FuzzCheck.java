package io.atflow.lang.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

import io.atflow.lang.formatting.ScriptFormatter;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;
import io.atflow.lang.testing.TestLanguage;

/**
 * Runs mutated corpus inputs through the loader (parse + validate) and, when they parse, the formatter. An input
 * fails when anything throws, a diagnostic lacks a position, or formatting breaks the script or is not idempotent. Used by the short fuzz test and by bench/lang/fuzz.sh.
 */
public final class FuzzCheck {
    public static final Path CORPUS = Path.of("src/test/resources/fuzz-corpus");

    private FuzzCheck() {
    }

    public static List<byte[]> corpus() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            for (Path p : s.sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** Returns null when the input was handled, else a description of the failure. */
    public static String check(byte[] input) {
        TestLanguage lang = TestLanguage.withNoteSecrets();
        try {
            LoadedScript s = lang.injector().getInstance(ScriptLoader.class).load("fuzz.atflow",
                    URI.createURI("memory:/fuzz.atflow"), input);
            for (Diagnostic d : s.diagnostics()) {
                if (d.line() < 1 || d.column() < 1 || d.message() == null || d.message().isBlank()) {
                    return "diagnostic without position or message: " + d;
                }
            }
            if (!s.hasSyntaxErrors() && s.resource() != null) {
                ScriptFormatter formatter = lang.injector().getInstance(ScriptFormatter.class);
                String once = formatter.format(s.resource());
                LoadedScript again = lang.injector().getInstance(ScriptLoader.class).parse("fuzz.atflow",
                        URI.createURI("memory:/fuzz2.atflow"), once.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (again.hasSyntaxErrors()) {
                    return "formatting broke the script: " + again.diagnostics();
                }
                String twice = formatter.format(again.resource());
                if (!twice.equals(once)) {
                    return "formatting is not idempotent";
                }
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return e.toString();
        }
    }

    /** {@code args: iterations seed}; prints failures and saves them next to the corpus as crash-*.atflow. */
    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        List<byte[]> corpus = corpus();
        Mutator m = new Mutator(seed);
        int failures = 0;
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            byte[] input = m.mutate(corpus.get(i % corpus.size()));
            String failure = check(input);
            if (failure != null) {
                failures++;
                Path crash = Path.of("target/fuzz-crash-" + seed + "-" + i + ".atflow");
                Files.createDirectories(crash.getParent());
                Files.write(crash, input);
                System.out.println("FAIL " + crash + ": " + failure);
            }
        }
        System.out.printf("fuzz: %d inputs, seed %d, %d failures, %.1f s%n", iterations, seed, failures,
                (System.nanoTime() - start) / 1e9);
        System.exit(failures == 0 ? 0 : 1);
    }
}
