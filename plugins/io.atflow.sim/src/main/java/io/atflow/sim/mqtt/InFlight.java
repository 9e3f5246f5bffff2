package io.atflow.sim.mqtt;

import java.util.concurrent.ScheduledFuture;
import java.util.function.IntFunction;

import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageType;

/** A packet waiting for its acknowledgement; {@code packet} rebuilds it, marked DUP from the second send on. */
final class InFlight {
    final int id;
    MqttMessageType awaiting;
    IntFunction<MqttMessage> packet;
    final ResultSink sink;
    int retransmissions;
    ScheduledFuture<?> timer;

    InFlight(int id, MqttMessageType awaiting, IntFunction<MqttMessage> packet, ResultSink sink) {
        this.id = id;
        this.awaiting = awaiting;
        this.packet = packet;
        this.sink = sink;
    }

    void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
