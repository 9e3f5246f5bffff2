package io.atflow.platform.upstream;

import java.net.ConnectException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformEvents;
import io.atflow.platform.ThingModels;
import io.atflow.platform.PlatformException;
import io.atflow.platform.Upstream;
import io.atflow.platform.alink.EventPost;
import io.atflow.platform.broker.EmbeddedBroker;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;

/**
 * Keeps the platform's {@link ServiceSession} on the upstream broker: {@link #start} connects once and fails with one
 * sentence when it cannot; afterwards a lost connection is reported ({@link PlatformEvent.UpstreamLost}), retried
 * every {@link #RETRY_SECONDS} seconds and reported again when it is back ({@link PlatformEvent.UpstreamRestored}).
 */
public final class UpstreamService implements AutoCloseable {
    static final int RETRY_SECONDS = 1;
    private static final int START_SECONDS = 15;

    private final EventLoopGroup group;
    private final Upstream upstream;
    private final Predicate<EventPost> served;
    private final ThingModels models;
    private final PlatformEvents events;
    private final Clock clock;
    private final String clientId;
    private final AtomicBoolean lost = new AtomicBoolean();
    private volatile boolean closed;
    private volatile Channel channel;

    private UpstreamService(EventLoopGroup group, Upstream upstream, Predicate<EventPost> served,
            ThingModels models, PlatformEvents events, Clock clock) {
        this.models = models;
        this.group = group;
        this.upstream = upstream;
        this.served = served;
        this.events = events;
        this.clock = clock;
        byte[] suffix = new byte[4];
        new SecureRandom().nextBytes(suffix);
        this.clientId = Upstream.SERVICE_USER + "-" + HexFormat.of().formatHex(suffix);
    }

    /**
     * Connects, logs in and subscribes, or throws a {@link PlatformException} saying why not.
     *
     * @param served which posts this platform answers (those of devices connected through it)
     * @param models   the thing models the answers check posts against
     */
    public static UpstreamService start(EventLoopGroup group, Upstream upstream, Predicate<EventPost> served,
            ThingModels models, PlatformEvents events, Clock clock) {
        UpstreamService s = new UpstreamService(group, upstream, served, models, events, clock);
        Future<Void> ready = s.attempt();
        if (!ready.awaitUninterruptibly(START_SECONDS, TimeUnit.SECONDS)) {
            s.close();
            throw new PlatformException("the upstream MQTT broker " + upstream.uri() + " did not answer the"
                    + " platform's login within " + START_SECONDS + " s");
        }
        if (!ready.isSuccess()) {
            s.close();
            throw s.failure(ready.cause());
        }
        s.watch();
        return s;
    }

    private PlatformException failure(Throwable cause) {
        return cause instanceof PlatformException p ? p
                : new PlatformException("the upstream MQTT broker " + upstream.uri() + " is not reachable ("
                        + reason(cause) + ")", cause);
    }

    private static String reason(Throwable cause) {
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
    }

    /** One connection attempt; the future completes when the subscription is granted. */
    private Future<Void> attempt() {
        Promise<Void> ready = group.next().newPromise();
        new Bootstrap().group(group).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        channel = ch; // set before the login can complete, so watch() always sees this connection
                        ch.pipeline().addLast(new IdleStateHandler(0, ServiceSession.KEEP_ALIVE_SECONDS / 2, 0),
                                new MqttDecoder(EmbeddedBroker.MAX_MESSAGE_BYTES), MqttEncoder.INSTANCE,
                                new ServiceSession(upstream, clientId, served, models, ready));
                    }
                }).connect(upstream.host(), upstream.port()).addListener((ChannelFuture f) -> {
                    if (!f.isSuccess()) {
                        ready.tryFailure(f.cause());
                    }
                });
        return ready;
    }

    /** After a successful attempt: report and retry when the connection ends. */
    private void watch() {
        Channel c = channel;
        c.closeFuture().addListener(f -> dropped("the connection was closed"));
    }

    private void dropped(String reason) {
        if (closed) {
            return;
        }
        if (lost.compareAndSet(false, true)) {
            events.emit(new PlatformEvent.UpstreamLost(clock.instant(), upstream.uri(), reason));
        }
        group.schedule(this::retry, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    private void retry() {
        if (closed) {
            return;
        }
        attempt().addListener(f -> {
            if (f.isSuccess()) {
                lost.set(false);
                events.emit(new PlatformEvent.UpstreamRestored(clock.instant(), upstream.uri()));
                watch();
            } else {
                Channel c = channel;
                if (c != null) {
                    c.close();
                }
                dropped(reason(f.cause()));
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        Channel c = channel;
        if (c != null) {
            c.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
    }
}
