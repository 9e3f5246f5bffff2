package io.atflow.platform.https;

import java.time.Clock;

import io.atflow.platform.PlatformEvents;
import io.atflow.platform.registration.Registrations;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.ReadTimeoutHandler;

/** The HTTPS registration listener: TLS, Netty's HTTP codec, {@link RegistrationEndpoint}. */
public final class HttpsServer {
    private static final int MAX_BODY = 16 * 1024;
    private static final int IDLE_SECONDS = 60;

    private HttpsServer() {
    }

    public static Channel bind(EventLoopGroup group, String host, int port, SslContext tls,
            Registrations registrations, PlatformEvents events, Clock clock) throws InterruptedException {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(tls.newHandler(ch.alloc()), new ReadTimeoutHandler(IDLE_SECONDS),
                                new HttpServerCodec(), new HttpObjectAggregator(MAX_BODY),
                                new RegistrationEndpoint(registrations, events, clock));
                    }
                }).bind(host, port).sync().channel();
    }
}
