package io.atflow.sim.replay;

/**
 * A known, explained difference between a log and the system under test: where the log says {@code logged}, the
 * module may say {@code accepted}. Every use is listed in the {@link ReplayReport}, so it stays visible.
 */
public record Allowance(String logged, String accepted, String reason) {
}
