package io.atflow.sim;

import java.time.Duration;

/**
 * How long the simulated module takes: {@code network} before delayed results such as {@code +QMTOPEN: 0,0}
 * (on top of the real network time), {@code boot} from power-up to {@code RDY}, {@code registration} to find
 * the network again.
 */
public record Timing(Duration network, Duration boot, Duration registration) {
    /** Fast enough for unit tests. */
    public static final Timing FAST = new Timing(Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(50));
    /** Close to what an EC2x shows on a live network. */
    public static final Timing REALISTIC = new Timing(Duration.ofMillis(250), Duration.ofSeconds(3),
            Duration.ofSeconds(2));

    public Timing {
        if (network.isNegative() || boot.isNegative() || registration.isNegative()) {
            throw new IllegalArgumentException("timings must not be negative");
        }
    }
}
