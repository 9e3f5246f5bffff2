package io.atflow.sim.mqtt;


import io.atflow.sim.net.Target;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * TCP (and TLS) connections of every simulated module in the JVM, on one small shared event loop. The TLS handler
 * comes from the client's SSL context ({@link io.atflow.sim.ssl.ModuleTls}).
 */
final class MqttChannels {
    static final String TLS_HANDLER = "tls";
    private static final int CONNECT_TIMEOUT_MILLIS = 20_000;
    private static final int MAX_PACKET = 1 << 20;
    private static final EventLoopGroup GROUP = new NioEventLoopGroup(2,
            new DefaultThreadFactory("atflow-sim-mqtt", true));

    private MqttChannels() {
    }

    /** Connects to {@code target}; with {@code ssl} (one handler per connection) over TLS. */
    static ChannelFuture open(Target target, SslHandler ssl, ChannelHandler handler) {
        return new Bootstrap().group(GROUP).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (ssl != null) {
                            ch.pipeline().addLast(TLS_HANDLER, ssl);
                        }
                        ch.pipeline().addLast("decoder", new MqttDecoder(MAX_PACKET));
                        ch.pipeline().addLast("encoder", MqttEncoder.INSTANCE);
                        ch.pipeline().addLast("session", handler);
                    }
                })
                .connect(target.address());
    }

    /**
     * Runs {@code ready} once {@code connect} has connected and, with {@code ssl}, its handshake has succeeded;
     * otherwise closes the channel and runs {@code failed}. The handshake is watched on the handler itself: one that
     * failed before the connect listener ran has closed the channel, and a closed channel's pipeline is empty.
     */
    static void whenReady(ChannelFuture connect, SslHandler ssl, Runnable ready, Runnable failed) {
        connect.addListener(connected -> {
            if (!connected.isSuccess()) {
                failed.run();
            } else if (ssl == null) {
                ready.run();
            } else {
                ssl.handshakeFuture().addListener(handshake -> {
                    if (handshake.isSuccess()) {
                        ready.run();
                    } else {
                        connect.channel().close();
                        failed.run();
                    }
                });
            }
        });
    }
}
