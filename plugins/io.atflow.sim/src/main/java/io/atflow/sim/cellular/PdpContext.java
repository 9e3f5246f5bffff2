package io.atflow.sim.cellular;

/** One PDP context as AT+QICSGP configures it; {@code type} 1 IPv4, 2 IPv6, 3 IPv4v6. */
final class PdpContext {
    int type = 1;
    String apn = "";
    String user = "";
    String password = "";
    int auth;
    boolean active;
    /** Activated by the host with AT+QIACT (not only the default bearer of registration). */
    boolean activated;

    PdpContext(int type) {
        this.type = type;
    }
}
