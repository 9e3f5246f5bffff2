package io.atflow.platform.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.TimeUnit;

import io.atflow.engine.transcript.SecretMasker;
import io.atflow.platform.ConnackCodes;
import io.atflow.platform.Endpoint;
import io.atflow.platform.PlatformEvent;
import io.atflow.platform.auth.ConnectRequest;
import io.atflow.platform.auth.ConnectVerdict;
import io.atflow.platform.broker.BrokerIdentity;
import io.atflow.platform.registry.Device;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttIdentifierRejectedException;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttUnacceptableProtocolVersionException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * Device side of one connection. It reads the CONNECT, lets the {@link io.atflow.platform.auth.LoginPolicy} decide,
 * and then either answers a refusal with its CONNACK code, answers a registration itself (CONNACK 0, one PUBLISH,
 * close), or splices the connection to the broker: the decoder leaves the pipeline, the CONNECT goes on with the
 * device's broker identity and a one-time ticket, and from then on whole packets are relayed both ways unchanged
 * but for Aliyun's limits ({@link DeviceLimits}: no QoS 2, no retained publish; {@link GrantedQos}: QoS 1 granted). With an
 * upstream broker instead, an accepted device is relayed message by message ({@link UpstreamSplice}).
 */
final class ConnectGate extends ChannelInboundHandlerAdapter {
    static final String DECODER = "mqtt-decoder";
    static final String FRAMES = "mqtt-frames";
    static final String LIMITS = "aliyun-limits";
    /** A connection that sends no CONNECT within this time is closed. */
    static final int CONNECT_TIMEOUT_SECONDS = 20;
    /**
     * After a registration reply the platform closes the connection, like Aliyun; the pause lets clients that close
     * their connect handshake asynchronously (Paho) finish it before the connection goes away.
     */
    static final int REGISTRATION_CLOSE_MILLIS = 500;

    private final GatewayContext gw;
    private final Endpoint transport;
    private final Queue<ByteBuf> pending = new ArrayDeque<>();
    private boolean connectSeen;
    private ScheduledFuture<?> timeout;
    private Channel front;
    private Channel broker;
    private BrokerIdentity identity;
    private Device device;
    private String clientId;
    /** Relayed message by message to an upstream broker: later messages go on to the {@link DeviceRelay}. */
    private boolean relayed;
    /** Spliced, and the broker has connected the session: the device's packets go on (before, they wait). */
    private boolean ready;
    /** Called by the broker once it connected the session: passes the device's packets on, on its event loop. */
    private final Runnable whenSessionConnected = () -> front.eventLoop().execute(this::sessionReady);

    ConnectGate(GatewayContext gw, Endpoint transport) {
        this.gw = gw;
        this.transport = transport;
    }

    /** Over plain TCP the CONNECT is awaited from the start; over TLS from the end of the handshake. */
    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (ctx.pipeline().get(GatewayServer.TLS) == null) {
            awaitConnect(ctx);
        }
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent done && done.isSuccess() && !connectSeen) {
            awaitConnect(ctx);
        }
        ctx.fireUserEventTriggered(evt);
    }

    private void awaitConnect(ChannelHandlerContext ctx) {
        timeout = ctx.executor().schedule(() -> ctx.close(), CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf bytes) {
            relay(bytes);
        } else if (relayed) {
            ctx.fireChannelRead(msg);
        } else if (connectSeen || !(msg instanceof MqttMessage m)) {
            ReferenceCountUtil.release(msg);
        } else {
            connectSeen = true;
            if (timeout != null) {
                timeout.cancel(false);
            }
            first(ctx, m);
        }
    }

    private void first(ChannelHandlerContext ctx, MqttMessage m) {
        if (m.decoderResult().isFailure()) {
            Throwable cause = m.decoderResult().cause();
            if (cause instanceof MqttUnacceptableProtocolVersionException) {
                reject(ctx, "(unknown)", ConnackCodes.UNACCEPTABLE_PROTOCOL_VERSION, 4,
                        "the CONNECT names an unknown MQTT protocol; use MQTT 3.1.1");
            } else if (cause instanceof MqttIdentifierRejectedException) {
                reject(ctx, "(invalid)", ConnackCodes.IDENTIFIER_REJECTED, 4, "the client id is not valid MQTT");
            } else {
                ctx.close();
            }
            return;
        }
        if (!(m instanceof MqttConnectMessage connect)) {
            ReferenceCountUtil.release(m);
            ctx.close();
            return;
        }
        int level = connect.variableHeader().version();
        String password = connect.payload().passwordInBytes() == null ? null
                : new String(connect.payload().passwordInBytes(), StandardCharsets.UTF_8);
        String willTopic = connect.variableHeader().isWillFlag() ? connect.payload().willTopic() : null;
        ConnectVerdict verdict = gw.policy().decide(new ConnectRequest(transport, level,
                connect.payload().clientIdentifier(), connect.payload().userName(), password, willTopic));
        switch (verdict) {
            case ConnectVerdict.Rejected r -> reject(ctx, connect.payload().clientIdentifier(), r.code(), level, r.reason());
            case ConnectVerdict.Registered r -> registered(ctx, r);
            case ConnectVerdict.Accepted a -> {
                if (gw.upstream() == null) {
                    splice(ctx, connect, a);
                } else {
                    relay(ctx, connect, a);
                }
            }
        }
    }

    private void reject(ChannelHandlerContext ctx, String who, int code, int level, String reason) {
        gw.events().emit(new PlatformEvent.Rejected(gw.clock().instant(), transport, who, code, reason));
        ctx.writeAndFlush(Connect.connack(code, level)).addListener(ChannelFutureListener.CLOSE);
    }

    private void registered(ChannelHandlerContext ctx, ConnectVerdict.Registered r) {
        Device d = r.device();
        String issued = r.mode().equals("register") ? "DeviceSecret " + SecretMasker.MASK
                : "clientId " + d.issuedClientId() + ", DeviceToken " + SecretMasker.MASK;
        gw.events().emit(new PlatformEvent.Registered(gw.clock().instant(), transport, d.key(), r.mode(), issued));
        ctx.write(Connect.connack(ConnackCodes.ACCEPTED, 4));
        ctx.writeAndFlush(Connect.publish(r.topic(), r.payload())).addListener(f -> ctx.executor().schedule(
                () -> ctx.close(), REGISTRATION_CLOSE_MILLIS, TimeUnit.MILLISECONDS));
    }

    /** The device is accepted: reads stop until its link is up; it is registered and reported. */
    private void accepted(ChannelHandlerContext ctx, MqttConnectMessage connect, ConnectVerdict.Accepted a) {
        front = ctx.channel();
        device = a.device();
        clientId = a.clientId();
        identity = BrokerIdentity.of(device, connect.variableHeader().isCleanSession(),
                gw.connections().nextNumber());
        front.config().setAutoRead(false);
        gw.connections().register(device.key(), identity.clientId(), front);
        gw.events().emit(new PlatformEvent.Connected(gw.clock().instant(), transport, device.key(), clientId,
                a.mode()));
    }

    private void relay(ChannelHandlerContext ctx, MqttConnectMessage connect, ConnectVerdict.Accepted a) {
        accepted(ctx, connect, a);
        relayed = true;
        int level = connect.variableHeader().version();
        UpstreamSplice.open(ctx, connect, device, clientId, gw, transport, () -> reject(ctx, clientId,
                ConnackCodes.SERVER_UNAVAILABLE, level, "the upstream MQTT broker " + gw.upstream().uri()
                        + " is not reachable"));
    }

    private void splice(ChannelHandlerContext ctx, MqttConnectMessage connect, ConnectVerdict.Accepted a) {
        accepted(ctx, connect, a);
        MqttConnectMessage upstream = Connect.forBroker(connect, identity, gw.tickets().issue(identity));
        ctx.pipeline().addAfter(DECODER, FRAMES, new PacketFrames());
        ctx.pipeline().addAfter(FRAMES, LIMITS, new DeviceLimits(gw, device.key()));
        ctx.pipeline().remove(DECODER);
        new Bootstrap().group(front.eventLoop()).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(MqttEncoder.INSTANCE, new PacketFrames(), new GrantedQos(),
                                new BrokerLink(front));
                    }
                }).connect(gw.broker().address()).addListener((ChannelFuture f) -> linked(ctx, f, upstream));
    }

    private void linked(ChannelHandlerContext ctx, ChannelFuture f, MqttConnectMessage upstream) {
        if (!f.isSuccess()) {
            reject(ctx, clientId, ConnackCodes.SERVER_UNAVAILABLE, 4, "the embedded broker is not reachable");
            return;
        }
        broker = f.channel();
        if (!ctx.channel().isActive()) {
            broker.close();
            return;
        }
        gw.broker().sessions().onceConnected(identity.clientId(), whenSessionConnected);
        broker.writeAndFlush(upstream);
    }

    /** The broker has connected the device's session: what the device sent after its CONNECT goes on. */
    private void sessionReady() {
        if (broker == null || !front.isActive()) {
            return;
        }
        ready = true;
        while (!pending.isEmpty()) {
            broker.write(pending.poll());
        }
        broker.flush();
        front.config().setAutoRead(true);
    }

    private void relay(ByteBuf bytes) {
        if (!ready) {
            pending.add(bytes);
            return;
        }
        broker.writeAndFlush(bytes);
        if (!broker.isWritable()) {
            front.config().setAutoRead(false);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (broker != null) {
            broker.config().setAutoRead(ctx.channel().isWritable());
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (timeout != null) {
            timeout.cancel(false);
        }
        pending.forEach(ReferenceCountUtil::release);
        pending.clear();
        if (broker != null) {
            gw.broker().sessions().forget(identity.clientId(), whenSessionConnected);
            broker.close();
        }
        if (identity != null) {
            gw.connections().unregister(device.key(), identity.clientId(), ctx.channel());
            gw.events().emit(new PlatformEvent.Disconnected(gw.clock().instant(), transport, device.key(),
                    clientId));
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
