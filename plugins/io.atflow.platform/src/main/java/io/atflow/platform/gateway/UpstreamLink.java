package io.atflow.platform.gateway;

import io.atflow.platform.ConnackCodes;
import io.atflow.platform.PlatformEvent;
import io.atflow.platform.Endpoint;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.util.ReferenceCountUtil;

/**
 * Upstream side of a relayed connection: the upstream broker's messages go to the device, its CONNACK without the
 * session-present flag for MQTT 3.1 devices and reported when it refuses the login, its SUBACKs with the topics the
 * gateway refused put back. When the upstream closes the connection, the device's closes too.
 */
final class UpstreamLink extends BrokerLink {
    private final GatewayContext gw;
    private final Endpoint transport;
    private final String clientId;
    private final int protocolLevel;
    private final SubscriptionMasks masks;

    UpstreamLink(Channel device, GatewayContext gw, Endpoint transport, String clientId, int protocolLevel,
            SubscriptionMasks masks) {
        super(device);
        this.gw = gw;
        this.transport = transport;
        this.clientId = clientId;
        this.protocolLevel = protocolLevel;
        this.masks = masks;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof MqttMessage m) || m.decoderResult().isFailure()) {
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        Object out = switch (m) {
            case MqttConnAckMessage ack -> connack(ack);
            case MqttSubAckMessage ack -> masks.apply(ack);
            default -> m;
        };
        relay(ctx, out);
    }

    private MqttConnAckMessage connack(MqttConnAckMessage ack) {
        int code = ack.variableHeader().connectReturnCode().byteValue() & 0xFF;
        if (code != ConnackCodes.ACCEPTED) {
            gw.events().emit(new PlatformEvent.Rejected(gw.clock().instant(), transport, clientId, code,
                    "the upstream broker " + gw.upstream().uri() + " refused the relayed login; check the user"
                            + " names, password and ACLs it expects"));
        }
        return Connect.connackFromUpstream(ack, protocolLevel);
    }
}
