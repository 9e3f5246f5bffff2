package io.atflow.engine.channel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the channel classifies lines; {@link #defaults()} suits Quectel modules.
 *
 * @param unsolicited      lines that are always unsolicited unless the pending command produces their name
 *                         (exact lines such as {@code RDY}, or prefixes ending with a colon such as {@code +QIND:})
 * @param endings          unsolicited lines that end a pending command, with the reason:
 *                         {@code RDY} → the module restarted
 * @param lengthFramed     URCs whose payload is read by length
 * @param maxLineBytes     a line reaching this length without a line end is cut and reported
 * @param maxPayloadBytes  the largest length-framed payload read by length
 * @param maxBodyBytes     the largest {@code CONNECT} body kept (the rest is dropped and the body marked truncated)
 * @param pollBeforeRead   whether a caller reading its own answer may poll the transport for up to 100 µs before it
 *                         blocks in a read, when that has been faster ({@link ReadSpin}); on by default
 */
public record ChannelConfig(Set<String> unsolicited, Map<String, String> endings, List<LengthFramedUrc> lengthFramed,
        int maxLineBytes, int maxPayloadBytes, int maxBodyBytes, boolean pollBeforeRead) {
    public static final String RDY = "RDY";
    public static final int DEFAULT_MAX_LINE = 64 * 1024;
    public static final int DEFAULT_MAX_PAYLOAD = 1024 * 1024;
    public static final int DEFAULT_MAX_BODY = 16 * 1024 * 1024;

    public ChannelConfig {
        unsolicited = Set.copyOf(unsolicited);
        endings = Map.copyOf(endings);
        lengthFramed = List.copyOf(lengthFramed);
        if (maxLineBytes < 16 || maxPayloadBytes < 0 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("channel limits are too small");
        }
    }

    public static ChannelConfig defaults() {
        return new ChannelConfig(
                Set.of(RDY, "APP RDY", "POWERED DOWN", "NORMAL POWER DOWN", "UNDER-VOLTAGE POWER DOWN",
                        "OVER-VOLTAGE POWER DOWN", "UNDER-VOLTAGE WARNING", "OVER-VOLTAGE WARNING", "RING",
                        "+CPIN: READY", "+QIND:", "+QUSIM:", "+QMTSTAT:", "+QMTRECV:", "+QMTPING:"),
                Map.of(RDY, "the module restarted (RDY)", "POWERED DOWN", "the module powered down",
                        "NORMAL POWER DOWN", "the module powered down"),
                List.of(LengthFramedUrc.QMTRECV), DEFAULT_MAX_LINE, DEFAULT_MAX_PAYLOAD, DEFAULT_MAX_BODY, true);
    }

    public ChannelConfig withUnsolicited(Set<String> lines) {
        return new ChannelConfig(lines, endings, lengthFramed, maxLineBytes, maxPayloadBytes, maxBodyBytes,
                pollBeforeRead);
    }

    /** With polling before reads on or off (see {@link #pollBeforeRead()}). */
    public ChannelConfig withPollBeforeRead(boolean poll) {
        return new ChannelConfig(unsolicited, endings, lengthFramed, maxLineBytes, maxPayloadBytes, maxBodyBytes, poll);
    }

    /** True for a configured unsolicited line or a line starting with a configured {@code +NAME:} prefix. */
    boolean isUnsolicited(String line, String name) {
        return unsolicited.contains(line) || (name != null && unsolicited.contains(name + ":"));
    }
}
