package io.atflow.cli.test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.atflow.cli.Main;

/** Runs {@code atflow test ...} in-process, without the live status line. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
    }

    static Result test(TestListener watcher, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("test"));
        all.addAll(Arrays.asList(args));
        int code = new Main(List.of(new TestCommand(watcher, false))).execute(all,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result test(String... args) {
        return test(null, args);
    }
}
