package io.atflow.sim.replay;

/** One line of a module log, with the number of the line it starts on in its file. */
public record LogLine(int number, String text) {
}
