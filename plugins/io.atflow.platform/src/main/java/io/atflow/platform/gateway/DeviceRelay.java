package io.atflow.platform.gateway;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;

import io.atflow.aliyun.TopicRights.Right;
import io.atflow.platform.PlatformEvent;
import io.atflow.platform.broker.BrokerIdentity;
import io.atflow.platform.broker.DeviceTopics;
import io.atflow.platform.registry.Device;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttSubscribePayload;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import io.netty.util.ReferenceCountUtil;

/**
 * Device side of a connection relayed to an upstream broker: the device's MQTT messages go upstream one by one after
 * Aliyun's topic rules (what the embedded broker's authorization policy does otherwise). A subscription outside the
 * device's topics is not passed on and gets 0x80 in the SUBACK; a publish outside them is dropped and the device
 * disconnected, as on Aliyun. Messages that arrive before the upstream connection is up wait for it.
 */
final class DeviceRelay extends ChannelInboundHandlerAdapter {
    private final GatewayContext gw;
    private final Device device;
    private final String username;
    private final SubscriptionMasks masks;
    private final Queue<Object> pending = new ArrayDeque<>();
    private Channel front;
    private Channel upstream;

    DeviceRelay(GatewayContext gw, Device device, SubscriptionMasks masks) {
        this.gw = gw;
        this.device = device;
        this.username = BrokerIdentity.usernameOf(device);
        this.masks = masks;
    }

    /** The upstream connection is up: the CONNECT goes first, then whatever the device sent meanwhile. */
    void linked(Channel link, MqttConnectMessage connect) {
        upstream = link;
        upstream.write(connect);
        while (!pending.isEmpty()) {
            upstream.write(pending.poll());
        }
        upstream.flush();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        front = ctx.channel();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof MqttMessage m) || m.decoderResult().isFailure()) {
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        switch (m) {
            case MqttPublishMessage p -> publish(ctx, p);
            case MqttSubscribeMessage s -> subscribe(ctx, s);
            default -> forward(m);
        }
    }

    private void publish(ChannelHandlerContext ctx, MqttPublishMessage p) {
        String topic = p.variableHeader().topicName();
        String unsupported = DeviceLimits.refusal(p.fixedHeader().qosLevel().value() << 1
                | (p.fixedHeader().isRetain() ? 1 : 0));
        if (unsupported != null || !DeviceTopics.may(username, topic, Right.PUBLISH)) {
            p.release();
            gw.events().emit(new PlatformEvent.Refused(gw.clock().instant(), device.key(),
                    unsupported != null ? unsupported : "publish", topic));
            ctx.close();
            return;
        }
        gw.events().emit(new PlatformEvent.Published(gw.clock().instant(), device.key(), topic,
                p.payload().readableBytes()));
        forward(p);
    }

    private void subscribe(ChannelHandlerContext ctx, MqttSubscribeMessage s) {
        List<MqttTopicSubscription> asked = s.payload().topicSubscriptions();
        List<MqttTopicSubscription> kept = new ArrayList<>();
        boolean[] refused = new boolean[asked.size()];
        for (int i = 0; i < asked.size(); i++) {
            String filter = asked.get(i).topicName();
            if (DeviceTopics.may(username, filter, Right.SUBSCRIBE)) {
                kept.add(asked.get(i));
            } else {
                refused[i] = true;
                gw.events().emit(new PlatformEvent.Refused(gw.clock().instant(), device.key(), "subscribe", filter));
            }
        }
        int id = s.variableHeader().messageId();
        if (kept.isEmpty()) {
            ctx.writeAndFlush(SubscriptionMasks.suback(id, Collections.nCopies(asked.size(),
                    SubscriptionMasks.FAILURE)));
        } else if (kept.size() == asked.size()) {
            forward(s);
        } else {
            masks.put(id, refused);
            forward(new MqttSubscribeMessage(s.fixedHeader(), s.idAndPropertiesVariableHeader(),
                    new MqttSubscribePayload(kept)));
        }
    }

    private void forward(Object msg) {
        if (upstream == null) {
            pending.add(msg);
            return;
        }
        upstream.writeAndFlush(msg);
        if (!upstream.isWritable()) {
            front.config().setAutoRead(false);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (upstream != null) {
            upstream.config().setAutoRead(ctx.channel().isWritable());
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        pending.forEach(ReferenceCountUtil::release);
        pending.clear();
        if (upstream != null) {
            upstream.close();
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
