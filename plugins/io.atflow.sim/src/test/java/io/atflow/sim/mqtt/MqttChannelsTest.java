package io.atflow.sim.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.atflow.sim.net.Target;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

/**
 * A TLS handshake can fail before the open's listener is attached (a busy machine deschedules the opening thread
 * between connect and addListener): the failure must still be reported (it used to be lost, the module never
 * answered +QMTOPEN, seen in CI as TlsOpenTest waiting 10 s for a line).
 */
class MqttChannelsTest {

    @Test
    void aHandshakeThatFailedBeforeTheListenerRanIsStillReported() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Thread.ofVirtual().start(() -> closeEachConnection(server));
            SslHandler ssl = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build()
                    .newHandler(ByteBufAllocator.DEFAULT);
            Target target = new Target(new InetSocketAddress("127.0.0.1", server.getLocalPort()), "localhost");
            ChannelFuture f = MqttChannels.open(target, ssl, new ChannelInboundHandlerAdapter());
            assertTrue(f.channel().closeFuture().await(10, TimeUnit.SECONDS), "the peer closes during the handshake");

            CompletableFuture<String> outcome = new CompletableFuture<>();
            MqttChannels.whenReady(f, ssl, () -> outcome.complete("ready"), () -> outcome.complete("failed"));
            assertEquals("failed", outcome.get(10, TimeUnit.SECONDS));
        }
    }

    private static void closeEachConnection(ServerSocket server) {
        try {
            while (true) {
                try (Socket s = server.accept()) {
                    s.getInputStream().read();
                }
            }
        } catch (IOException e) {
            // the test closed the server
        }
    }
}
