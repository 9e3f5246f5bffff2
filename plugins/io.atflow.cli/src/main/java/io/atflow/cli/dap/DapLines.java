package io.atflow.cli.dap;

/** Line numbers as the client counts them: from 1 (the default) or from 0 ({@code linesStartAt1: false}). */
final class DapLines {
    private volatile int offset;

    void oneBased(boolean oneBased) {
        offset = oneBased ? 0 : 1;
    }

    /** A client's line as the debugger's 1-based line. */
    int fromClient(int line) {
        return line + offset;
    }

    int toClient(int line) {
        return line - offset;
    }
}
