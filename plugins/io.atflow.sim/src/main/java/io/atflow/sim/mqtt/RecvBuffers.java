package io.atflow.sim.mqtt;

/**
 * With AT+QMTCFG="recv/mode",idx,1 the module keeps received messages in five buffers and only announces them
 * ({@code +QMTRECV: idx,recv_id}); AT+QMTRECV reads them out.
 */
final class RecvBuffers {
    static final int COUNT = 5;
    private final InboundMessage[] slots = new InboundMessage[COUNT];

    /** @return the buffer index used, or -1 when all are full (the message is lost) */
    int store(InboundMessage m) {
        for (int i = 0; i < COUNT; i++) {
            if (slots[i] == null) {
                slots[i] = m;
                return i;
            }
        }
        return -1;
    }

    InboundMessage take(int index) {
        InboundMessage m = slots[index];
        slots[index] = null;
        return m;
    }

    /** {@code 0,1,0,0,0}: which buffers hold a message. */
    String status() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < COUNT; i++) {
            b.append(i == 0 ? "" : ",").append(slots[i] == null ? 0 : 1);
        }
        return b.toString();
    }

    void clear() {
        java.util.Arrays.fill(slots, null);
    }
}
