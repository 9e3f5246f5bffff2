package io.atflow.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What happens during a run, for consoles, the live URC view and the CLI. Every text is masked (secrets are
 * {@code ****}). Delivered to {@link RunListener}s in order.
 */
public sealed interface RunEvent {
    Instant time();

    /**
     * The run began.
     *
     * @param script the script's path as given
     * @param target where it runs, e.g. {@code sim}, {@code tcp://127.0.0.1:5000}, {@code /dev/ttyUSB2 115200 8N1}
     */
    record RunStarted(Instant time, String script, String target) implements RunEvent {
    }

    /** A step began; {@code location} is {@code file:line}. */
    record StepStarted(Instant time, String name, String location) implements RunEvent {
    }

    /**
     * A step ended (after its retries); {@code message} is null when it passed, else why it failed.
     *
     * @param failedAttempts why each attempt before the last failed ({@code file:line: message}, masked), in order;
     *                       empty when the first attempt decided (a step that passed on a {@code retry} is flaky)
     */
    record StepFinished(Instant time, String name, boolean ok, Duration elapsed, String message,
            List<String> failedAttempts) implements RunEvent {
        public StepFinished {
            failedAttempts = List.copyOf(failedAttempts);
        }

        /** A step decided by its first attempt. */
        public StepFinished(Instant time, String name, boolean ok, Duration elapsed, String message) {
            this(time, name, ok, elapsed, message, List.of());
        }
    }

    /** Bytes written to the module: a command line (without CR) or a payload, escaped ({@code \x1a} for Ctrl-Z). */
    record Sent(Instant time, String text) implements RunEvent {
    }

    /** A line of a command's answer: a response, the final result, {@code CONNECT}, the {@code >} prompt, a body. */
    record Received(Instant time, String line) implements RunEvent {
    }

    /**
     * An unsolicited line or delayed result ({@code +QMTOPEN: 0,0}, {@code +QMTSTAT: 0,1}, {@code RDY}).
     *
     * @param meaning what the catalog says about it ({@code AtCatalog.describe}: for {@code +QMTSTAT: 0,1}
     *                {@code +QMTSTAT err_code 1: connection closed or reset by peer}), or null when it knows nothing
     */
    record UrcReceived(Instant time, String line, String meaning) implements RunEvent {
    }

    /**
     * A command ended.
     *
     * @param outcome {@link #OK} when the module answered {@code OK}; otherwise one sentence, e.g.
     *                {@code answered +CME ERROR: 10}, {@code no final result code within 10 s}, {@code aborted}
     */
    record CommandFinished(Instant time, String command, String outcome, Duration elapsed) implements RunEvent {
        /** The outcome of a command the module answered with {@code OK}. */
        public static final String OK = "OK";

        public boolean ok() {
            return OK.equals(outcome);
        }
    }

    /** An {@code on} handler ran for {@code line}; {@code pattern} is the handler's pattern as written. */
    record HandlerFired(Instant time, String pattern, String line) implements RunEvent {
    }

    /** A {@code log} statement, a retry, or a note of the runner. */
    record LogMessage(Instant time, String text) implements RunEvent {
    }

    /** The run ended; always the last event. */
    record RunFinished(Instant time, RunResult result) implements RunEvent {
    }
}
