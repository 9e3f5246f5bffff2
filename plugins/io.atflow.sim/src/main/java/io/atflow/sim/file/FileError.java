package io.atflow.sim.file;

/** File error codes of the Quectel FILE AT Commands Manual (appendix: summary of error codes) the simulator uses. */
public final class FileError {
    public static final int INVALID_INPUT = 400;
    public static final int FILE_NOT_FOUND = 405;
    public static final int INVALID_FILE_NAME = 406;
    public static final int FILE_EXISTS = 407;
    public static final int NO_SPACE = 420;
    public static final int TIMEOUT = 421;
    public static final int FILE_TOO_LARGE = 423;
    public static final int INVALID_PARAMETER = 425;

    private FileError() {
    }
}
