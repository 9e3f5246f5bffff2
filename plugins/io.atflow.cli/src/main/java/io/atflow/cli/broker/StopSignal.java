package io.atflow.cli.broker;

/** When a running {@code atflow broker} should stop. */
public interface StopSignal {
    /** Blocks until the broker should stop. */
    void await() throws InterruptedException;

    /** Called once the broker has stopped. */
    default void stopped() {
    }
}
