package io.atflow.sim.mqtt;

/**
 * Receives the outcome of a packet that needs an acknowledgement: {@code result} 0 acknowledged, 1 retransmitted
 * (then {@code value} is the count), 2 failed; {@code value} is empty when the URC has none.
 */
@FunctionalInterface
interface ResultSink {
    void result(int result, String value);
}
