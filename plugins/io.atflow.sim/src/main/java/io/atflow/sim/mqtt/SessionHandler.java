package io.atflow.sim.mqtt;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.buffer.ByteBufUtil;

/** Netty's side of one MQTT link: hands every event, in order, to the {@link MqttSession} on the module thread. */
final class SessionHandler extends SimpleChannelInboundHandler<MqttMessage> {
    private final MqttSession session;

    SessionHandler(MqttSession session) {
        this.session = session;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, MqttMessage msg) {
        if (msg.decoderResult().isFailure()) {
            ctx.close();
            return;
        }
        if (msg instanceof MqttPublishMessage publish) {
            int qos = publish.fixedHeader().qosLevel().value();
            InboundMessage m = new InboundMessage(qos == 0 ? 0 : publish.variableHeader().packetId(),
                    publish.variableHeader().topicName(), ByteBufUtil.getBytes(publish.payload()));
            session.fromNetwork(() -> session.onPublish(m, qos));
        } else {
            session.fromNetwork(() -> session.onPacket(msg));
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            session.fromNetwork(session::onIdle);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        session.fromNetwork(session::onInactive);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
