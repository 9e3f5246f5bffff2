package io.atflow.platform.gateway;

import io.atflow.platform.Endpoint;
import io.atflow.platform.broker.EmbeddedBroker;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;

/** One MQTT listener of the platform (plain TCP, or TLS when given an {@link SslContext}). */
public final class GatewayServer {
    /** Longest client id the decoder lets through to the Aliyun rules (which allow 64 characters + parameters). */
    static final int MAX_CLIENT_ID = 512;

    static final String TLS = "tls";
    /**
     * How long a TLS handshake may take. Netty's default (10 s) drops devices when many connect at once and the
     * handshakes queue up behind each other (1,000 modules on two cores); a module itself waits up to 300 s
     * (AT+QSSLCFG="negotiatetime" default).
     */
    static final long HANDSHAKE_TIMEOUT_MILLIS = 120_000;

    private GatewayServer() {
    }

    /** Binds and returns the server channel; {@code tls} null for the plain listener. */
    public static Channel bind(EventLoopGroup group, String host, int port, SslContext tls, GatewayContext gw)
            throws InterruptedException {
        Endpoint transport = tls == null ? Endpoint.MQTT : Endpoint.MQTT_TLS;
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (tls != null) {
                            SslHandler handler = tls.newHandler(ch.alloc());
                            handler.setHandshakeTimeoutMillis(HANDSHAKE_TIMEOUT_MILLIS);
                            ch.pipeline().addLast(TLS, handler);
                        }
                        ch.pipeline().addLast(ConnectGate.DECODER,
                                new MqttDecoder(EmbeddedBroker.MAX_MESSAGE_BYTES, MAX_CLIENT_ID));
                        ch.pipeline().addLast("mqtt-encoder", MqttEncoder.INSTANCE);
                        ch.pipeline().addLast("gate", new ConnectGate(gw, transport));
                    }
                }).bind(host, port).sync().channel();
    }
}
