package io.atflow.run.interp.debug;

import java.nio.file.Path;
import java.util.function.Consumer;

import io.atflow.run.interp.RunContext;

/**
 * What a run gives its debugger when it starts: the interpreter's context, the main script's file (null when not
 * from a file), and how to let others (the AT console) use the module's command channel while suspended.
 */
public record RunBinding(RunContext context, Path script, Consumer<Boolean> shareChannel) {
}
