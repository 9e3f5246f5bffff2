package io.atflow.sim.fault;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The faults a simulated module can be made to show, with their CLI names. */
public enum FaultKind {
    /** The MQTT link breaks under the module: {@code +QMTSTAT: <idx>,1}. Value: client index (default all). */
    DROP_LINK("drop-link"),
    /** Power cycle: all state lost, then {@code RDY} and the other boot URCs. */
    REBOOT("reboot"),
    /** Random bytes between responses. Value: probability per response, 0..1 (default 0.3). */
    NOISE("noise"),
    /** A pause after every chunk written. Value: the pause (e.g. 20ms). */
    SLOW("slow"),
    /** Responses cut into chunks. Value: bytes per chunk. */
    CHUNK("chunk"),
    /** Network registration lost ({@code +CEREG: 0,2}), data bearer down. Value: how long (default: for good). */
    DEREGISTER("deregister");

    private final String cliName;

    FaultKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    static FaultKind parse(String name) {
        for (FaultKind k : values()) {
            if (k.cliName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown fault \"" + name + "\"; use one of " + names());
    }

    static String names() {
        return Arrays.stream(values()).map(FaultKind::cliName).collect(Collectors.joining(", "));
    }
}
