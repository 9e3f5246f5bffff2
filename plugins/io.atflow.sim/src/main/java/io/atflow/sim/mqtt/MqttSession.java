package io.atflow.sim.mqtt;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.atflow.sim.core.ModuleCore;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.timeout.IdleStateHandler;

/**
 * The MQTT 3.1/3.1.1 client of one link, as a Quectel module runs it: packet ids are the AT command's msgIDs,
 * unacknowledged packets are retransmitted after {@code pkt_timeout} up to {@code retry_times}, keepalive pings,
 * QoS 1 and 2 in both directions. Every method runs on the module thread; network events arrive through
 * {@link #fromNetwork}, delayed by the simulated network latency and kept in order.
 */
final class MqttSession {
    /** What the session reports to its client slot. */
    interface Listener {
        void connAck(int returnCode);

        void message(InboundMessage message);

        /** The link ended without the module asking: the +QMTSTAT error code. */
        void lost(int error);

        /** The link ended after {@link #close()} or {@link #disconnect()}. */
        void closed();
    }

    private final ModuleCore module;
    private final Duration latency;
    private final MqttSettings settings;
    private final Listener listener;
    private final Map<Integer, InFlight> pending = new HashMap<>();
    private final Set<Integer> inboundQos2 = new HashSet<>();
    private Channel channel;
    private ScheduledFuture<?> connAckTimer;
    private boolean localClose;
    private boolean ended;
    private boolean silent;
    private boolean pingOutstanding;
    private boolean connected;

    MqttSession(ModuleCore module, Duration latency, MqttSettings settings, Listener listener) {
        this.module = module;
        this.latency = latency;
        this.settings = settings;
        this.listener = listener;
    }

    void attach(Channel ch) {
        this.channel = ch;
    }

    /** Called from Netty threads: runs {@code event} on the module thread after the network latency. */
    void fromNetwork(Runnable event) {
        module.schedule(latency, () -> {
            if (!silent) {
                event.run();
            }
        });
    }

    boolean isBusy(int packetId) {
        return pending.containsKey(packetId);
    }

    void connect(String clientId, String user, String password) {
        long wait = (long) settings.packetTimeout * (settings.retries + 1);
        connAckTimer = module.schedule(Duration.ofSeconds(wait), () -> fail(4));
        channel.writeAndFlush(Packets.connect(settings, clientId, user, password)).addListener(f -> {
            if (!f.isSuccess()) {
                fromNetwork(() -> fail(3));
            }
        });
    }

    void subscribe(int id, List<String> topics, List<Integer> qos, ResultSink sink) {
        track(new InFlight(id, MqttMessageType.SUBACK, dup -> Packets.subscribe(id, topics, qos), sink));
    }

    void unsubscribe(int id, List<String> topics, ResultSink sink) {
        track(new InFlight(id, MqttMessageType.UNSUBACK, dup -> Packets.unsubscribe(id, topics), sink));
    }

    void publish(int id, int qos, boolean retain, String topic, byte[] payload, ResultSink sink) {
        if (qos == 0) {
            // the listener is on the promise before the write starts, so the report is timed when the bytes leave,
            // ahead of any answer to them; one added after writeAndFlush returned runs on the event loop later, after
            // a quick answer when this thread stalls (seen under load: +QMTRECV of the reply before +QMTPUBEX)
            ChannelPromise sent = channel.newPromise();
            sent.addListener(f -> fromNetwork(() -> sink.result(f.isSuccess() ? 0 : 2, "")));
            channel.writeAndFlush(Packets.publish(0, 0, retain, topic, payload, false), sent);
            return;
        }
        MqttMessageType awaiting = qos == 1 ? MqttMessageType.PUBACK : MqttMessageType.PUBREC;
        track(new InFlight(id, awaiting, dup -> Packets.publish(id, qos, retain, topic, payload, dup > 0), sink));
    }

    /** MQTT DISCONNECT, then the module closes the socket. */
    void disconnect() {
        localClose = true;
        channel.writeAndFlush(MqttMessage.DISCONNECT).addListener(f -> channel.close());
    }

    void close() {
        localClose = true;
        channel.close();
    }

    /** The link breaks under the module (fault injection, network loss): reported as closed by the peer. */
    void drop() {
        channel.close();
    }

    /** Reboot: the socket goes away and nothing more is reported. */
    void forget() {
        silent = true;
        ended = true;
        pending.values().forEach(InFlight::cancelTimer);
        pending.clear();
        cancelConnAckTimer();
        if (channel != null) {
            channel.close();
        }
    }

    private void track(InFlight p) {
        pending.put(p.id, p);
        send(p);
    }

    private void send(InFlight p) {
        channel.writeAndFlush(p.packet.apply(p.retransmissions));
        p.timer = module.schedule(Duration.ofSeconds(settings.packetTimeout), () -> timeout(p));
    }

    private void timeout(InFlight p) {
        if (pending.get(p.id) != p) {
            return;
        }
        if (p.retransmissions < settings.retries) {
            p.retransmissions++;
            if (settings.timeoutNotice) {
                p.sink.result(1, Integer.toString(p.retransmissions));
            }
            send(p);
        } else {
            pending.remove(p.id);
            p.sink.result(2, "");
        }
    }

    void onPacket(MqttMessage msg) {
        MqttMessageType type = msg.fixedHeader().messageType();
        switch (type) {
            case CONNACK -> onConnAck(((MqttConnAckMessage) msg).variableHeader().connectReturnCode().byteValue());
            case PINGRESP -> pingOutstanding = false;
            case PUBREL -> {
                int id = Packets.packetId(msg);
                inboundQos2.remove(id);
                channel.writeAndFlush(Packets.ack(MqttMessageType.PUBCOMP, id));
            }
            case SUBACK, UNSUBACK, PUBACK, PUBREC, PUBCOMP -> acknowledged(type, msg);
            default -> {
                // a server sends nothing else to a client
            }
        }
    }

    private void onConnAck(int code) {
        cancelConnAckTimer();
        listener.connAck(code);
        if (code == 0) {
            connected = true;
            if (settings.keepAlive > 0 && channel.pipeline().get("session") != null) {
                try {
                    channel.pipeline().addBefore("session", "keepalive",
                            new IdleStateHandler(0, settings.keepAlive, 0, TimeUnit.SECONDS));
                } catch (java.util.NoSuchElementException e) {
                    // the link closed meanwhile; its end is on the way
                }
            }
        }
    }

    private void acknowledged(MqttMessageType type, MqttMessage msg) {
        int id = Packets.packetId(msg);
        InFlight p = pending.get(id);
        if (p == null || p.awaiting != type) {
            return;
        }
        p.cancelTimer();
        if (type == MqttMessageType.PUBREC) {
            p.awaiting = MqttMessageType.PUBCOMP;
            p.packet = dup -> Packets.ack(MqttMessageType.PUBREL, id);
            send(p);
            return;
        }
        pending.remove(id);
        String value = "";
        if (type == MqttMessageType.SUBACK) {
            value = ((MqttSubAckMessage) msg).payload().grantedQoSLevels().stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
        }
        p.sink.result(0, value);
    }

    void onPublish(InboundMessage m, int qos) {
        if (qos == 1) {
            channel.writeAndFlush(MqttMessageBuilders.pubAck().packetId(m.packetId()).build());
        } else if (qos == 2) {
            channel.writeAndFlush(Packets.ack(MqttMessageType.PUBREC, m.packetId()));
            if (!inboundQos2.add(m.packetId())) {
                return; // a duplicate of a message already delivered
            }
        }
        listener.message(m);
    }

    void onIdle() {
        if (!connected || ended) {
            return;
        }
        if (pingOutstanding) {
            fail(2);
            return;
        }
        pingOutstanding = true;
        channel.writeAndFlush(MqttMessage.PINGREQ);
    }

    void onInactive() {
        if (!end()) {
            return;
        }
        if (localClose) {
            listener.closed();
        } else {
            listener.lost(1);
        }
    }

    private void fail(int error) {
        if (!end()) {
            return;
        }
        listener.lost(error);
        channel.close();
    }

    /** Ends the session once: its timers cancelled, nothing in flight. False when it had ended already. */
    private boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        cancelConnAckTimer();
        pending.values().forEach(InFlight::cancelTimer);
        pending.clear();
        return true;
    }

    private void cancelConnAckTimer() {
        if (connAckTimer != null) {
            connAckTimer.cancel(false);
            connAckTimer = null;
        }
    }
}
