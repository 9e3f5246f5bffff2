package io.atflow.platform.gateway;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;

/**
 * Cuts a relayed MQTT byte stream into whole packets (fixed header, remaining length, body), each passed on as one
 * {@link ByteBuf} with its bytes unchanged, so the handlers after it can look at packet types and flags without
 * decoding and re-encoding what they relay.
 */
final class PacketFrames extends ByteToMessageDecoder {
    /** The first byte of a packet: its type in the high four bits, its flags in the low four. */
    static int type(ByteBuf packet) {
        return (packet.getUnsignedByte(packet.readerIndex()) >> 4) & 0x0F;
    }

    /** Offset of the variable header in {@code packet}: after the fixed header's one to four length bytes. */
    static int headerLength(ByteBuf packet) {
        int i = 1;
        while ((packet.getUnsignedByte(packet.readerIndex() + i) & 0x80) != 0) {
            i++;
        }
        return i + 1;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int start = in.readerIndex();
        int length = 0;
        int multiplier = 1;
        int i = 1;
        while (true) {
            if (in.readableBytes() <= i) {
                return;
            }
            int b = in.getUnsignedByte(start + i);
            length += (b & 0x7F) * multiplier;
            multiplier *= 128;
            i++;
            if ((b & 0x80) == 0) {
                break;
            }
            if (i > 4) {
                throw new CorruptedFrameException("MQTT remaining length longer than four bytes");
            }
        }
        if (in.readableBytes() < i + length) {
            return;
        }
        out.add(in.readRetainedSlice(i + length));
    }
}
