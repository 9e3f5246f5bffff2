package io.atflow.platform.upstream;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import io.atflow.platform.ConnackCodes;
import io.atflow.platform.PlatformException;
import io.atflow.platform.Upstream;
import io.atflow.platform.ThingModels;
import io.atflow.platform.alink.EventPost;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttVersion;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Promise;

/**
 * The platform's own MQTT session on the upstream broker: logs in as {@link Upstream#SERVICE_USER}, subscribes to
 * every device's event posts (QoS 1) and publishes each answer on the post's {@code _reply} topic (QoS 1), as the
 * embedded broker's responder does, but only for devices connected through this gateway, so several gateways in
 * front of one broker answer each post once. {@code ready} completes when the subscription is granted, or fails
 * with the reason.
 */
final class ServiceSession extends ChannelInboundHandlerAdapter {
    static final int KEEP_ALIVE_SECONDS = 60;
    private static final int FAILURE = 0x80;

    private final Upstream upstream;
    private final String clientId;
    private final Predicate<EventPost> served;
    private final ThingModels models;
    private final Promise<Void> ready;
    private int nextId = 1;

    ServiceSession(Upstream upstream, String clientId, Predicate<EventPost> served, ThingModels models,
            Promise<Void> ready) {
        this.models = models;
        this.upstream = upstream;
        this.clientId = clientId;
        this.served = served;
        this.ready = ready;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        var connect = MqttMessageBuilders.connect().protocolVersion(MqttVersion.MQTT_3_1_1).clientId(clientId)
                .cleanSession(true).keepAlive(KEEP_ALIVE_SECONDS).username(Upstream.SERVICE_USER);
        if (upstream.password() != null) {
            connect.password(upstream.password().getBytes(StandardCharsets.UTF_8));
        }
        ctx.writeAndFlush(connect.build());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof MqttMessage m) || m.decoderResult().isFailure()) {
            ReferenceCountUtil.release(msg);
            fail(ctx, "sent something that is not MQTT");
            return;
        }
        switch (m) {
            case MqttConnAckMessage ack -> connack(ctx, ack.variableHeader().connectReturnCode().byteValue() & 0xFF);
            case MqttSubAckMessage ack -> suback(ctx, ack.payload().grantedQoSLevels().get(0));
            case MqttPublishMessage p -> post(ctx, p);
            default -> {
                // PUBACKs of the replies, PINGRESP
            }
        }
    }

    private void connack(ChannelHandlerContext ctx, int code) {
        if (code != ConnackCodes.ACCEPTED) {
            fail(ctx, "refused the platform's login as " + Upstream.SERVICE_USER + " with CONNACK " + code + " ("
                    + ConnackCodes.describe(code) + ")");
            return;
        }
        ctx.writeAndFlush(MqttMessageBuilders.subscribe().messageId(id())
                .addSubscription(MqttQoS.AT_LEAST_ONCE, EventPost.ALL).build());
    }

    private void suback(ChannelHandlerContext ctx, int granted) {
        if (granted == FAILURE) {
            fail(ctx, "refused the platform's subscription to " + EventPost.ALL + " (user "
                    + Upstream.SERVICE_USER + " needs to read it and write the _reply topics)");
        } else {
            ready.trySuccess(null);
        }
    }

    private void post(ChannelHandlerContext ctx, MqttPublishMessage p) {
        try {
            if (p.fixedHeader().qosLevel() == MqttQoS.AT_LEAST_ONCE) {
                ctx.write(MqttMessageBuilders.pubAck().packetId(p.variableHeader().packetId()).build());
            }
            EventPost.of(p.variableHeader().topicName()).filter(served).ifPresent(post -> ctx.write(
                    MqttMessageBuilders.publish().topicName(post.replyTopic()).qos(MqttQoS.AT_LEAST_ONCE)
                            .retained(false).messageId(id()).payload(Unpooled.copiedBuffer(
                                    post.reply(p.payload().toString(StandardCharsets.UTF_8), models),
                                    StandardCharsets.UTF_8)).build()));
            ctx.flush();
        } finally {
            p.release();
        }
    }

    private int id() {
        int id = nextId;
        nextId = nextId == 0xFFFF ? 1 : nextId + 1;
        return id;
    }

    private void fail(ChannelHandlerContext ctx, String why) {
        ready.tryFailure(new PlatformException("the upstream MQTT broker " + upstream.uri() + " " + why));
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            ctx.writeAndFlush(new MqttMessage(new MqttFixedHeader(MqttMessageType.PINGREQ, false,
                    MqttQoS.AT_MOST_ONCE, false, 0)));
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ready.tryFailure(new PlatformException("the upstream MQTT broker " + upstream.uri()
                + " closed the connection"));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
