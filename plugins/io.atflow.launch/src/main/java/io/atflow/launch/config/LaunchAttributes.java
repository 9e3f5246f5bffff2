package io.atflow.launch.config;

/**
 * The launch configuration type "ATFlow Script" and its attribute names. Values are plain settings only: a secret
 * is never stored in a launch configuration (it may be committed); scripts refer to secrets with {@code secret(...)},
 * which resolve at launch time.
 */
public final class LaunchAttributes {
    /** The launch configuration type id. */
    public static final String TYPE_ID = "io.atflow.launch.script";
    /** {@link org.eclipse.debug.core.model.IProcess#ATTR_PROCESS_TYPE} of ATFlow runs. */
    public static final String PROCESS_TYPE = "io.atflow.script";

    private static final String PREFIX = "io.atflow.launch.";
    /** Workspace path of the script, e.g. {@code /ATFlow Examples/7-property-post.atflow}. */
    public static final String SCRIPT = PREFIX + "script";
    /** {@code sim}, {@code tcp://host:port} or a serial port such as {@code /dev/ttyUSB2}. */
    public static final String TARGET = PREFIX + "target";
    /** Serial speed, e.g. 115200. */
    public static final String BAUD = PREFIX + "baud";
    /** Serial data bits, 5 to 8. */
    public static final String DATA_BITS = PREFIX + "dataBits";
    /** Serial parity: a {@link io.atflow.engine.transport.Parity} name, e.g. {@code NONE}. */
    public static final String PARITY = PREFIX + "parity";
    /** Serial stop bits: {@code 1}, {@code 1.5} or {@code 2}. */
    public static final String STOP_BITS = PREFIX + "stopBits";
    /** Serial flow control: {@code none}, {@code rtscts} or {@code xonxoff}. */
    public static final String FLOW_CONTROL = PREFIX + "flowControl";
    /** Overrides the script's timeout, e.g. {@code 5m}; empty: the script's own. */
    public static final String SCRIPT_TIMEOUT = PREFIX + "scriptTimeout";
    /** Overrides every command's default timeout, e.g. {@code 20s}; empty: the catalog's or the engine's. */
    public static final String COMMAND_TIMEOUT = PREFIX + "commandTimeout";
    /** Script variables ({@code var} defaults overridden), a map of name to value. */
    public static final String VARIABLES = PREFIX + "variables";
    /** Transcript file; may use string variables such as {@code ${workspace_loc:/p/run.log}}; empty: none. */
    public static final String TRANSCRIPT = PREFIX + "transcript";
    /** The simulated module's profile id, e.g. {@code bg95} (as {@code atflow run --profile}). */
    public static final String PROFILE = PREFIX + "profile";
    /** The simulated module's device states, a list such as {@code [sim-pin, roaming]} (as {@code --state}). */
    public static final String STATES = PREFIX + "states";
    /** The simulated module's faults as typed, e.g. {@code drop-link@5s, slow=20ms} (as {@code --fault}). */
    public static final String FAULTS = PREFIX + "faults";

    private LaunchAttributes() {
    }
}
