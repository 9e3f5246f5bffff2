package io.atflow.engine.urc;

import java.time.Duration;

import io.atflow.engine.text.DurationText;

/** The outcome of {@link UrcBus#await}, as a value. */
public sealed interface AwaitResult {
    /** One sentence for humans. */
    String describe();

    record Received(Urc urc) implements AwaitResult {
        @Override
        public String describe() {
            return "received " + urc.line();
        }
    }

    record Timeout(String filter, Duration after) implements AwaitResult {
        @Override
        public String describe() {
            return "no URC matching " + filter + " within " + DurationText.format(after);
        }
    }

    record Aborted(String reason) implements AwaitResult {
        @Override
        public String describe() {
            return "aborted: " + reason;
        }
    }

    record TransportError(String message) implements AwaitResult {
        @Override
        public String describe() {
            return message;
        }
    }
}
