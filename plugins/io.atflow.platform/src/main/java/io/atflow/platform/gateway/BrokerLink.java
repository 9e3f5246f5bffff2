package io.atflow.platform.gateway;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Broker side of a spliced connection: relays the broker's bytes to the device, with back-pressure; when the broker
 * side closes, the device's closes too. {@link UpstreamLink} relays MQTT messages the same way.
 */
class BrokerLink extends ChannelInboundHandlerAdapter {
    private final Channel device;

    BrokerLink(Channel device) {
        this.device = device;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        relay(ctx, msg);
    }

    /** Writes {@code msg} to the device and stops reading this side while the device cannot take more. */
    protected final void relay(ChannelHandlerContext ctx, Object msg) {
        device.writeAndFlush(msg);
        if (!device.isWritable()) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        device.config().setAutoRead(ctx.channel().isWritable());
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        device.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
