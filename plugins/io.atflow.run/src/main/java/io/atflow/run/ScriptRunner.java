package io.atflow.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.atflow.engine.channel.AtCommand;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.debug.Debugger;
import io.atflow.run.interp.debug.DebugCore;

/**
 * Runs an ATFlow script on the engine against a {@link RunTarget}.
 *
 * <pre>
 * RunResult r = ScriptRunner.builder().script(Path.of("examples/7-property-post.atflow"))
 *         .target(Targets.installed(loader).parse("sim", null)).listener(System.out::println).run();
 * </pre>
 *
 * The semantics are documented in {@code package-info.java} and the bundle's README.
 */
public final class ScriptRunner {
    /** The script's time limit when it declares none ({@code timeout 5m}). */
    public static final Duration DEFAULT_SCRIPT_TIMEOUT = Duration.ofMinutes(10);
    /** {@link #DEFAULT_SCRIPT_TIMEOUT} as a script writes it. */
    public static final String DEFAULT_SCRIPT_TIMEOUT_TEXT = "10m";
    /** A command's time limit when neither the command ({@code send ... timeout 5s}) nor the runner sets one. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = AtCommand.DEFAULT_TIMEOUT;
    /** The pause before a step or command is tried again ({@code retry N}). */
    public static final Duration DEFAULT_RETRY_PAUSE = Duration.ofSeconds(1);

    private ScriptRunner() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How to run; {@link #start()} or {@link #run()} when set up. */
    public static final class Builder {
        LoadedScript loaded;
        Path path;
        RunTarget target;
        OpenTarget opened;
        ModuleSession module;
        final List<SecretResolver> secrets = new ArrayList<>();
        final Map<String, String> variables = new LinkedHashMap<>();
        Path transcript;
        final List<RunListener> listeners = new ArrayList<>();
        Duration scriptTimeout;
        Duration commandTimeout;
        Duration retryPause = DEFAULT_RETRY_PAUSE;
        DebugCore debugger;

        private Builder() {
        }

        /** A script already loaded and validated; one with errors ends the run as {@code FAILED} before any I/O. */
        public Builder script(LoadedScript script) {
            this.loaded = Objects.requireNonNull(script, "script");
            this.path = null;
            return this;
        }

        /** A script file, loaded and validated when the run starts. */
        public Builder script(Path file) {
            this.path = Objects.requireNonNull(file, "file");
            this.loaded = null;
            return this;
        }

        /** Where to run (required): {@link Targets#parse} reads a {@code --port} value. */
        public Builder target(RunTarget value) {
            this.target = Objects.requireNonNull(value, "target");
            return this;
        }

        /**
         * A target already opened (e.g. a simulator started while the script loaded); it must come from
         * {@link #target(RunTarget) the target}'s {@code open()}. The run closes it.
         */
        public Builder opened(OpenTarget value) {
            this.opened = value;
            return this;
        }

        /**
         * Runs on a module already open, which stays open after the run (an interactive session may use it before
         * and after); the run has the module's command channel while it runs, sees the URCs that wait in its backlog
         * and writes into the module's transcript. Replaces {@link #target} and {@link #opened}.
         */
        public Builder module(ModuleSession value) {
            this.module = value;
            return this;
        }

        /** Asked for {@code secret(...)} before the target's and the headless resolvers (several keep their order). */
        public Builder secrets(SecretResolver resolver) {
            secrets.add(Objects.requireNonNull(resolver, "resolver"));
            return this;
        }

        /** Sets a variable the script declares; {@code var name = ...} then keeps this value. */
        public Builder variable(String name, String value) {
            variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Writes the engine's transcript there (null: none). */
        public Builder transcript(Path file) {
            this.transcript = file;
            return this;
        }

        public Builder listener(RunListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Replaces the script's own {@code timeout}. */
        public Builder scriptTimeout(Duration value) {
            this.scriptTimeout = positive(value, "script timeout");
            return this;
        }

        /** The timeout of commands without {@code timeout} of their own (default {@link #DEFAULT_COMMAND_TIMEOUT}). */
        public Builder commandTimeout(Duration value) {
            this.commandTimeout = positive(value, "command timeout");
            return this;
        }

        /** The pause before a retry (default {@link #DEFAULT_RETRY_PAUSE}); zero retries at once. */
        public Builder retryPause(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("the retry pause must not be negative");
            }
            this.retryPause = value;
            return this;
        }

        /**
         * Debugs the run with {@code value} (from {@link Debugger#create()}; one run per debugger); null runs without.
         * Without a debugger the interpreter traces nothing.
         */
        public Builder debugger(Debugger value) {
            if (value != null && !(value instanceof DebugCore)) {
                throw new IllegalArgumentException("a run is debugged with a debugger from Debugger.create()");
            }
            this.debugger = (DebugCore) value;
            return this;
        }

        /** Starts the run on a thread of its own. */
        public RunHandle start() {
            if (loaded == null && path == null) {
                throw new IllegalStateException("no script: call script(Path) or script(LoadedScript)");
            }
            if (target == null && module == null) {
                throw new IllegalStateException("no target: call target(RunTarget) or module(ModuleSession)");
            }
            if (module != null && (opened != null || transcript != null)) {
                throw new IllegalStateException("a run on an open module uses the module's target and transcript; "
                        + "set them when opening the module");
            }
            RunExecution execution = new RunExecution(this);
            Thread t = new Thread(execution, "atflow-run");
            t.setDaemon(true);
            t.start();
            return new RunHandle(execution, module != null ? module.target() : target);
        }

        /** Runs and waits for the result. */
        public RunResult run() {
            return start().await();
        }

        /** The module a run opens for itself. */
        ModuleSession.Builder moduleConfig() {
            return ModuleSession.builder().target(target).opened(opened).transcript(transcript);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("the " + what + " must be positive");
            }
            return d;
        }
    }
}
