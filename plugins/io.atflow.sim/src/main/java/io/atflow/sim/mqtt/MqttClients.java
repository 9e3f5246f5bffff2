package io.atflow.sim.mqtt;

import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.Arrivals;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.net.Network;
import io.atflow.sim.net.Target;
import io.atflow.sim.ssl.ModuleTls;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.ssl.SslHandler;

/**
 * The module's six MQTT clients: what AT+QMTOPEN/CONN/SUB/UNS/PUB/DISC/CLOSE do, and the delayed results and
 * URCs they produce; how AT+QMTOPEN reports its outcome is the model's ({@link OpenReport}). All methods run on the
 * module thread.
 */
public final class MqttClients {
    public static final int MAX_INDEX = 5;

    private final ModuleCore module;
    private final Radio radio;
    private final Network network;
    private final Duration latency;
    private final Clock clock;
    private final OpenReport openReport;
    private final ModuleTls tlsSetup;
    private final ClientSlot[] slots = new ClientSlot[MAX_INDEX + 1];
    /** Channels of opens whose outcome has not reached the module thread yet. */
    private final Arrivals<Channel> opening;

    public MqttClients(ModuleCore module, Radio radio, Network network, Duration latency, Clock clock,
            OpenReport openReport, ModuleTls tlsSetup) {
        this.module = module;
        this.opening = new Arrivals<>(module, Channel::close);
        this.tlsSetup = tlsSetup;
        this.openReport = openReport;
        this.radio = radio;
        this.network = network;
        this.latency = latency;
        this.clock = clock;
        for (int i = 0; i <= MAX_INDEX; i++) {
            slots[i] = new ClientSlot(i);
        }
        module.onReset(this::reset);
        module.onClose(this::forgetAll);
        radio.onDataLoss(this::dropAll);
    }

    ClientSlot slot(int index) {
        return slots[index];
    }

    public ClientState state(int index) {
        return slots[index].state;
    }

    Outcome open(int index, String host, int port) {
        ClientSlot s = slots[index];
        if (s.state != ClientState.IDLE) {
            if (openReport == OpenReport.RESULT_BEFORE_ERROR) {
                module.out().info("+QMTOPEN: " + index + ",2");
                return Outcome.ERROR;
            }
            later(() -> module.out().urc("+QMTOPEN: " + index + ",2"));
            return Outcome.OK;
        }
        s.state = ClientState.OPENING;
        s.host = host;
        s.port = port;
        s.resultPending = openReport == OpenReport.RESULT_BEFORE_ERROR;
        Outcome now = s.resultPending ? Outcome.PENDING : Outcome.OK;
        int generation = ++s.generation;
        boolean tls = s.settings.ssl;
        if (!radio.dataReady(s.settings.pdpCid)) {
            later(() -> openFailed(s, generation, 3));
            return now;
        }
        MqttSession session = new MqttSession(module, latency, s.settings, new SlotEvents(module, s, generation));
        module.background("qmtopen", () -> {
            Target target;
            try {
                target = network.mqtt(host, port, tls);
            } catch (UnknownHostException | IllegalArgumentException e) {
                later(() -> openFailed(s, generation, 4));
                return;
            }
            SslHandler handler;
            try {
                handler = tls ? tlsSetup.handler(s.settings.sslContext, host, port) : null;
            } catch (ModuleTls.SetupException e) {
                later(() -> openFailed(s, generation, -1));
                return;
            }
            ChannelFuture f = MqttChannels.open(target, handler, new SessionHandler(session));
            Channel channel = f.channel();
            if (!opening.add(channel)) {
                return;
            }
            MqttChannels.whenReady(f, handler, () -> later(() -> {
                opening.arrived(channel);
                opened(s, generation, session, channel);
            }), () -> later(() -> {
                opening.arrived(channel);
                openFailed(s, generation, -1);
            }));
        });
        return now;
    }

    private void opened(ClientSlot s, int generation, MqttSession session, Channel channel) {
        session.attach(channel);
        if (s.generation != generation || s.state != ClientState.OPENING) {
            session.forget();
            return;
        }
        s.session = session;
        s.state = ClientState.OPENED;
        if (s.resultPending) {
            s.resultPending = false;
            module.out().result(Outcome.OK);
        }
        module.out().urc("+QMTOPEN: " + s.index + ",0");
    }

    private void openFailed(ClientSlot s, int generation, int result) {
        if (s.generation != generation || s.state != ClientState.OPENING) {
            return;
        }
        boolean pending = s.resultPending;
        s.idle();
        if (pending) {
            module.out().info("+QMTOPEN: " + s.index + "," + result);
            module.out().result(Outcome.ERROR);
        } else {
            module.out().urc("+QMTOPEN: " + s.index + "," + result);
        }
    }

    Outcome connect(int index, String clientId, String user, String password) {
        ClientSlot s = slots[index];
        if (s.state != ClientState.OPENED) {
            return Outcome.ERROR;
        }
        if (user == null && s.settings.aliauth()) {
            try {
                MqttCredentials c = AliauthSigner.sign(s.settings, clientId, s.settings.ssl, clock.millis());
                clientId = c.clientId();
                user = c.username();
                password = c.password();
            } catch (AliyunInputException e) {
                return Outcome.ERROR;
            }
        }
        s.state = ClientState.CONNECTING;
        s.session.connect(clientId, user, password);
        return Outcome.OK;
    }

    Outcome subscribe(int index, int msgId, List<String> topics, List<Integer> qos) {
        ClientSlot s = slots[index];
        if (s.state != ClientState.CONNECTED || s.session.isBusy(msgId)) {
            return Outcome.ERROR;
        }
        s.session.subscribe(msgId, topics, qos, (result, value) -> module.out().urc("+QMTSUB: " + index + ","
                + msgId + "," + result + (value.isEmpty() ? "" : "," + value)));
        return Outcome.OK;
    }

    Outcome unsubscribe(int index, int msgId, List<String> topics) {
        ClientSlot s = slots[index];
        if (s.state != ClientState.CONNECTED || s.session.isBusy(msgId)) {
            return Outcome.ERROR;
        }
        s.session.unsubscribe(msgId, topics, (result, value) -> module.out().urc("+QMTUNS: " + index + ","
                + msgId + "," + result + (value.isEmpty() ? "" : "," + value)));
        return Outcome.OK;
    }

    /** Whether a publish on this client may start (checked before the prompt and again with the data). */
    boolean canPublish(int index, int msgId, int qos) {
        ClientSlot s = slots[index];
        return s.state == ClientState.CONNECTED && (qos == 0 || !s.session.isBusy(msgId));
    }

    /** @param urcName {@code +QMTPUB} or {@code +QMTPUBEX} */
    Outcome publish(int index, int msgId, int qos, boolean retain, String topic, byte[] payload, String urcName) {
        if (!canPublish(index, msgId, qos)) {
            return Outcome.ERROR;
        }
        slots[index].session.publish(msgId, qos, retain, topic, payload, (result, value) -> module.out().urc(
                urcName + ": " + index + "," + msgId + "," + result + (value.isEmpty() ? "" : "," + value)));
        return Outcome.OK;
    }

    Outcome disconnect(int index) {
        ClientSlot s = slots[index];
        if (s.state != ClientState.CONNECTED) {
            return Outcome.ERROR;
        }
        s.state = ClientState.DISCONNECTING;
        s.session.disconnect();
        return Outcome.OK;
    }

    Outcome close(int index) {
        ClientSlot s = slots[index];
        switch (s.state) {
            case IDLE, CLOSING -> {
                return Outcome.ERROR;
            }
            case OPENING -> {
                s.idle();
                later(() -> module.out().urc("+QMTCLOSE: " + index + ",0"));
            }
            default -> {
                s.state = ClientState.CLOSING;
                s.session.close();
            }
        }
        return Outcome.OK;
    }

    /** AT+QMTOPEN? lines. */
    List<String> openLinks() {
        List<String> lines = new ArrayList<>();
        for (ClientSlot s : slots) {
            if (s.state.linked()) {
                lines.add("+QMTOPEN: " + s.index + ",\"" + s.host + "\"," + s.port);
            }
        }
        return lines;
    }

    /** AT+QMTCONN? lines. */
    List<String> connectionStates() {
        List<String> lines = new ArrayList<>();
        for (ClientSlot s : slots) {
            if (s.state.code() > 0) {
                lines.add("+QMTCONN: " + s.index + "," + s.state.code());
            }
        }
        return lines;
    }

    /** Fault injection: the link of one client breaks under the module; +QMTSTAT: idx,1 follows. */
    public void drop(int index) {
        ClientSlot s = slots[index];
        if (s.session != null && s.state.linked()) {
            s.session.drop();
        }
    }

    /** Every open link breaks (fault injection, loss of the data bearer). */
    public void dropAll() {
        for (int i = 0; i <= MAX_INDEX; i++) {
            drop(i);
        }
    }

    private void reset() {
        forgetAll();
        for (ClientSlot s : slots) {
            s.idle();
            s.settings = new MqttSettings();
            s.buffers.clear();
        }
    }

    private void forgetAll() {
        for (ClientSlot s : slots) {
            if (s.session != null) {
                s.session.forget();
            }
        }
        opening.closeAll();
    }

    private void later(Runnable r) {
        module.schedule(latency, r);
    }
}
