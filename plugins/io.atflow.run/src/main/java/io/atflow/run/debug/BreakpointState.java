package io.atflow.run.debug;

/**
 * What became of a {@link Breakpoint}: bound to the line of the statement it stops at, or not verified with one
 * sentence why (no statement at or after that line in the file, a condition that does not parse, a hit condition
 * that is not a count).
 *
 * @param id       stable for the breakpoint while its file's set is unchanged (front ends match answers by it)
 * @param line     the line it binds to (the requested line when not verified)
 * @param verified true when a run will stop there
 * @param message  why it is not verified, or null
 */
public record BreakpointState(int id, int line, boolean verified, String message) {
}
