package io.atflow.sim.mqtt;

import javax.net.ssl.SSLException;

import io.atflow.sim.net.Target;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * TCP (and TLS) connections of every simulated module in the JVM, on one small shared event loop. TLS does not
 * check the server certificate and sends no SNI: that is a Quectel SSL context's default (seclevel 0, sni 0).
 */
final class MqttChannels {
    static final String TLS_HANDLER = "tls";
    private static final int CONNECT_TIMEOUT_MILLIS = 20_000;
    /** A module's TLS handshake limit: AT+QSSLCFG="negotiatetime" defaults to 300 s (Netty's own is 10 s). */
    private static final long NEGOTIATE_MILLIS = 300_000;
    private static final int MAX_PACKET = 1 << 20;
    private static final EventLoopGroup GROUP = new NioEventLoopGroup(2,
            new DefaultThreadFactory("atflow-sim-mqtt", true));
    private static final SslContext TLS = tls();

    private MqttChannels() {
    }

    static ChannelFuture open(Target target, boolean tls, SessionHandler handler) {
        return new Bootstrap().group(GROUP).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (tls) {
                            SslHandler ssl = TLS.newHandler(ch.alloc());
                            ssl.setHandshakeTimeoutMillis(NEGOTIATE_MILLIS);
                            ch.pipeline().addLast(TLS_HANDLER, ssl);
                        }
                        ch.pipeline().addLast("decoder", new MqttDecoder(MAX_PACKET));
                        ch.pipeline().addLast("encoder", MqttEncoder.INSTANCE);
                        ch.pipeline().addLast("session", handler);
                    }
                })
                .connect(target.address());
    }

    private static SslContext tls() {
        try {
            return SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS for MQTT: " + e.getMessage(), e);
        }
    }
}
