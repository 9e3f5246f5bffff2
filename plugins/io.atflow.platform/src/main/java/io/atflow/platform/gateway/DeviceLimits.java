package io.atflow.platform.gateway;

import java.nio.charset.StandardCharsets;

import io.atflow.platform.PlatformEvent;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

/**
 * What Aliyun IoT does not support, on a device's packets towards the embedded broker (whole packets from
 * {@link PacketFrames}): "不支持 QoS 2", "不支持 will、retain msg" (Aliyun's MQTT standard: differences from standard
 * MQTT). A PUBLISH with QoS 2 or the retain flag is not passed on; the device is disconnected, as for a publish it
 * has no right to, and the platform reports it. Other packets pass unchanged.
 */
final class DeviceLimits extends ChannelInboundHandlerAdapter {
    static final int PUBLISH = 3;
    private final GatewayContext gw;
    private final String device;

    DeviceLimits(GatewayContext gw, String device) {
        this.gw = gw;
        this.device = device;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf packet && PacketFrames.type(packet) == PUBLISH) {
            String refusal = refusal(packet.getUnsignedByte(packet.readerIndex()));
            if (refusal != null) {
                String topic = topic(packet);
                ReferenceCountUtil.release(packet);
                gw.events().emit(new PlatformEvent.Refused(gw.clock().instant(), device, refusal, topic));
                ctx.close();
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** Why Aliyun refuses a PUBLISH with these fixed-header flags, or null. */
    static String refusal(int firstByte) {
        int qos = (firstByte >> 1) & 0x03;
        if (qos == 2) {
            return "publish with QoS 2";
        }
        return (firstByte & 0x01) != 0 ? "publish retained" : null;
    }

    private static String topic(ByteBuf packet) {
        int at = packet.readerIndex() + PacketFrames.headerLength(packet);
        int length = packet.getUnsignedShort(at);
        return packet.toString(at + 2, length, StandardCharsets.UTF_8);
    }
}
