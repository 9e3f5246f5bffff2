package io.atflow.engine.channel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.atflow.engine.text.DurationText;

/**
 * The outcome of one command, as a value. Every variant carries the command text and the response lines seen (the
 * command's intermediate lines, without echo, URCs and the final line).
 */
public sealed interface CommandResult {
    String command();

    List<String> lines();

    /** One sentence for humans, e.g. {@code AT+CPIN? answered +CME ERROR: 10}. */
    String describe();

    /** A copy with every text passed through {@code mask} (secrets → {@code ****}) for human-facing output. */
    CommandResult masked(UnaryOperator<String> mask);

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /**
     * The command ended with {@code OK} (or {@code CONNECT} outside a data mode).
     *
     * @param body the data received after {@code CONNECT} for {@link AtCommand#readingBody()}; empty otherwise
     */
    record Success(String command, String finalLine, List<String> lines, byte[] body) implements CommandResult {
        public Success {
            lines = List.copyOf(lines);
            body = body == null ? new byte[0] : body;
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String describe() {
            return command + " answered " + finalLine;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Success s && command.equals(s.command) && finalLine.equals(s.finalLine)
                    && lines.equals(s.lines) && java.util.Arrays.equals(body, s.body);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(command, finalLine, lines, java.util.Arrays.hashCode(body));
        }

        @Override
        public String toString() {
            return "Success[" + command + " -> " + finalLine + ", lines=" + lines + ", body=" + bodyText() + "]";
        }

        @Override
        public CommandResult masked(UnaryOperator<String> mask) {
            return new Success(mask.apply(command), finalLine, lines.stream().map(mask).toList(),
                    mask.apply(bodyText()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The command ended with something other than success: {@code ERROR}, {@code +CME ERROR: n},
     * {@code NO CARRIER}..., or the module restarted ({@code RDY}) or powered down while it was pending.
     *
     * @param finalLine the line that ended the command
     * @param reason    one sentence
     */
    record Mismatch(String command, String finalLine, List<String> lines, String reason) implements CommandResult {
        public Mismatch {
            lines = List.copyOf(lines);
        }

        /** The parsed final result code, empty when the command ended for another reason (module restart). */
        public Optional<FinalResultCode> code() {
            return FinalResultCode.parse(finalLine);
        }

        @Override
        public String describe() {
            return reason;
        }

        @Override
        public CommandResult masked(UnaryOperator<String> mask) {
            return new Mismatch(mask.apply(command), mask.apply(finalLine), lines.stream().map(mask).toList(),
                    mask.apply(reason));
        }
    }

    /** No final result code within the command's timeout. */
    record Timeout(String command, Duration after, List<String> lines) implements CommandResult {
        public Timeout {
            lines = List.copyOf(lines);
        }

        @Override
        public String describe() {
            return command + " got no final result code within " + DurationText.format(after)
                    + (lines.isEmpty() ? "" : " (last line: " + lines.get(lines.size() - 1) + ")");
        }

        @Override
        public CommandResult masked(UnaryOperator<String> mask) {
            return new Timeout(mask.apply(command), after, lines.stream().map(mask).toList());
        }
    }

    /** The command was aborted (the user pressed Terminate, or the session was closed). */
    record Aborted(String command, String reason, List<String> lines) implements CommandResult {
        public Aborted {
            lines = List.copyOf(lines);
        }

        @Override
        public String describe() {
            return command + " was aborted: " + reason;
        }

        @Override
        public CommandResult masked(UnaryOperator<String> mask) {
            return new Aborted(mask.apply(command), reason, lines.stream().map(mask).toList());
        }
    }

    /** The transport failed or was gone; {@code message} is one sentence naming the port. */
    record TransportError(String command, String message, List<String> lines) implements CommandResult {
        public TransportError {
            lines = List.copyOf(lines);
        }

        @Override
        public String describe() {
            return command + " failed: " + message;
        }

        @Override
        public CommandResult masked(UnaryOperator<String> mask) {
            return new TransportError(mask.apply(command), mask.apply(message), lines.stream().map(mask).toList());
        }
    }
}
