package io.atflow.platform.gateway;

import io.atflow.platform.Endpoint;
import io.atflow.platform.Upstream;
import io.atflow.platform.broker.EmbeddedBroker;
import io.atflow.platform.registry.Device;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;

/**
 * Relays an accepted device to the upstream broker: a {@link DeviceRelay} joins the device's pipeline, one upstream
 * connection per device is opened on the device's event loop (so both sides of a relay share one thread), the
 * rewritten CONNECT goes first.
 */
final class UpstreamSplice {
    /** How long the upstream may take to accept the TCP connection before the device gets CONNACK 3. */
    static final int CONNECT_MILLIS = 10_000;

    private UpstreamSplice() {
    }

    /** @param unreachable called (on the device's event loop) when the upstream cannot be reached */
    static void open(ChannelHandlerContext ctx, MqttConnectMessage connect, Device device, String clientId,
            GatewayContext gw, Endpoint transport, Runnable unreachable) {
        Channel front = ctx.channel();
        Upstream up = gw.upstream();
        SubscriptionMasks masks = new SubscriptionMasks();
        DeviceRelay relay = new DeviceRelay(gw, device, masks);
        ctx.pipeline().addLast("relay", relay);
        MqttConnectMessage first = Connect.forUpstream(connect, up, device);
        int level = connect.variableHeader().version();
        new Bootstrap().group(front.eventLoop()).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_MILLIS)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new MqttDecoder(EmbeddedBroker.MAX_MESSAGE_BYTES), MqttEncoder.INSTANCE,
                                new UpstreamLink(front, gw, transport, clientId, level, masks));
                    }
                }).connect(up.host(), up.port()).addListener((ChannelFuture f) -> {
                    if (!f.isSuccess()) {
                        unreachable.run();
                    } else if (!front.isActive()) {
                        f.channel().close();
                    } else {
                        relay.linked(f.channel(), first);
                        front.config().setAutoRead(true);
                    }
                });
    }
}
