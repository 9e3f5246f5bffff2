package io.atflow.run.interp.debug;

/**
 * The step in progress: over (the next statement at the same depth or outside), into (the very next statement,
 * also in an include, a branch, a step's body or a handler that fires), out (the next statement outside the frame).
 */
final class Stepping {
    enum Mode {
        NONE, OVER, INTO, OUT
    }

    private volatile Mode mode = Mode.NONE;
    private volatile int depth;

    void start(Mode m, int atDepth) {
        depth = atDepth;
        mode = m;
    }

    /** Whether a statement at {@code at} (frames open around it) ends the step. */
    boolean stopsAt(int at) {
        return switch (mode) {
            case NONE -> false;
            case INTO -> true;
            case OVER -> at <= depth;
            case OUT -> at < depth;
        };
    }
}
