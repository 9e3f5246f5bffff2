package io.atflow.platform.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * The QoS Aliyun grants: every accepted subscription gets QoS 1 in the SUBACK, whatever was asked (the application
 * note's section 4.1.4 subscribes with QoS 0 and the module prints {@code +QMTSUB: 0,1,0,1}; Aliyun supports QoS 0
 * and 1 only, so an asked QoS 2 is granted 1 as well). Failures (0x80) stay. The broker keeps the subscription at
 * the asked QoS, so messages still arrive at that QoS, as the note's reply does ({@code +QMTRECV: 0,0,...}: QoS 0).
 * Sits on the broker side of a spliced connection, after {@link PacketFrames}.
 */
final class GrantedQos extends ChannelInboundHandlerAdapter {
    static final int SUBACK = 9;
    static final int ALIYUN_QOS = 1;
    static final int FAILURE = 0x80;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf packet && PacketFrames.type(packet) == SUBACK) {
            int codes = packet.readerIndex() + PacketFrames.headerLength(packet) + 2;
            for (int i = codes; i < packet.writerIndex(); i++) {
                packet.setByte(i, grant(packet.getUnsignedByte(i)));
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** The upstream broker's SUBACK as the device gets it. */
    static io.netty.handler.codec.mqtt.MqttSubAckMessage aliyun(io.netty.handler.codec.mqtt.MqttSubAckMessage ack) {
        return SubscriptionMasks.suback(ack.variableHeader().messageId(),
                ack.payload().reasonCodes().stream().map(GrantedQos::grant).toList());
    }

    /** The code the device gets for the broker's {@code code}. */
    static int grant(int code) {
        return code == FAILURE ? FAILURE : ALIYUN_QOS;
    }
}
