package io.atflow.platform.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.netty.channel.Channel;

/**
 * The device connections spliced to the broker (or relayed to the upstream), by broker client id, so the platform can
 * drop one and knows whom it serves.
 */
public final class Connections {
    private final ConcurrentMap<String, Channel> live = new ConcurrentHashMap<>();

    void register(String brokerClientId, Channel device) {
        live.put(brokerClientId, device);
    }

    void unregister(String brokerClientId, Channel device) {
        live.remove(brokerClientId, device);
    }

    /** Closes the device connection of {@code brokerClientId}, if any. */
    public void disconnect(String brokerClientId) {
        Channel c = live.get(brokerClientId);
        if (c != null) {
            c.close();
        }
    }

    /** Whether a device connection with {@code brokerClientId} is live here. */
    public boolean has(String brokerClientId) {
        return live.containsKey(brokerClientId);
    }

    public int size() {
        return live.size();
    }

    public void closeAll() {
        live.values().forEach(Channel::close);
    }
}
