package io.atflow.sim.mqtt;

/** One of the six MQTT client indexes: its AT+QMTCFG settings and its link. Touched only on the module thread. */
final class ClientSlot {
    final int index;
    final RecvBuffers buffers = new RecvBuffers();
    MqttSettings settings = new MqttSettings();
    ClientState state = ClientState.IDLE;
    String host;
    int port;
    MqttSession session;
    /** Bumped whenever the slot starts over, so late results of an abandoned link are ignored. */
    int generation;
    /** AT+QMTOPEN's final result waits for the link's outcome ({@link OpenReport#RESULT_BEFORE_ERROR}). */
    boolean resultPending;

    ClientSlot(int index) {
        this.index = index;
    }

    /** Back to IDLE; the link, if any, is already gone or being torn down. */
    void idle() {
        state = ClientState.IDLE;
        session = null;
        resultPending = false;
        generation++;
    }
}
