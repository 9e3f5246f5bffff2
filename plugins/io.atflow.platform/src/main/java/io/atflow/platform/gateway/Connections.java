package io.atflow.platform.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.channel.Channel;

/**
 * The device connections spliced to the broker (or relayed to the upstream): by device, as a device has one connection
 * at a time, and by broker client id, so the broker can have one dropped. It also numbers the connections.
 */
public final class Connections {
    private final ConcurrentMap<String, Channel> byDevice = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Channel> byBrokerClientId = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();

    /** A number no other connection got from here. */
    long nextNumber() {
        return numbers.incrementAndGet();
    }

    /**
     * Registers {@code connection} as the one of {@code deviceKey} and closes the device's previous connection, if one
     * is still live: the new login takes over, as on Aliyun.
     */
    void register(String deviceKey, String brokerClientId, Channel connection) {
        byBrokerClientId.put(brokerClientId, connection);
        Channel previous = byDevice.put(deviceKey, connection);
        if (previous != null && previous != connection) {
            previous.close();
        }
    }

    void unregister(String deviceKey, String brokerClientId, Channel connection) {
        byBrokerClientId.remove(brokerClientId, connection);
        byDevice.remove(deviceKey, connection);
    }

    /** Closes the device connection that has {@code brokerClientId} in the broker, if any. */
    public void disconnect(String brokerClientId) {
        Channel c = byBrokerClientId.get(brokerClientId);
        if (c != null) {
            c.close();
        }
    }

    /** Whether the device {@code ProductKey/DeviceName} is connected here. */
    public boolean serves(String deviceKey) {
        return byDevice.containsKey(deviceKey);
    }

    /** The number of devices connected. */
    public int size() {
        return byDevice.size();
    }

    public void closeAll() {
        byBrokerClientId.values().forEach(Channel::close);
    }
}
