package io.atflow.sim.mqtt;

/** Where a client index is in its life; {@code code} is what AT+QMTCONN? reports (0 when it lists nothing). */
public enum ClientState {
    IDLE(0), OPENING(0), OPENED(1), CONNECTING(2), CONNECTED(3), DISCONNECTING(4), CLOSING(0);

    private final int code;

    ClientState(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    /** A network link exists (AT+QMTOPEN? lists it). */
    boolean linked() {
        return this == OPENED || this == CONNECTING || this == CONNECTED || this == DISCONNECTING;
    }
}
