package io.atflow.platform;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import io.atflow.aliyun.MqttCredentials;

/**
 * An MQTT 3.1.1 client on a plain socket that sends what it is told when it is told, the way a module's firmware does:
 * packets may follow the CONNECT before its CONNACK arrives (MQTT 3.1.1 §3.1.4 allows it), and nothing waits in a
 * client library's threads (Eclipse Paho takes about 300 ms per connect).
 */
public final class RawMqttClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;

    public RawMqttClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
    }

    /** The CONNACK's flags and code (§3.2). */
    public record Connack(boolean sessionPresent, int code) {
    }

    /** A packet as read: its first byte (type and flags) and what follows the remaining length. */
    public record Packet(int header, byte[] body) {
        /** The topic and the payload of a PUBLISH (§3.3), the packet id skipped at QoS 1 and 2. */
        public String[] publish() {
            int length = ((body[0] & 0xff) << 8) | (body[1] & 0xff);
            int payload = 2 + length + (((header >> 1) & 3) > 0 ? 2 : 0);
            return new String[] { new String(body, 2, length, StandardCharsets.UTF_8),
                    new String(body, payload, body.length - payload, StandardCharsets.UTF_8) };
        }
    }

    /** CONNECT, MQTT 3.1.1 (§3.1), clean session, keep-alive 60 s, with user name and password. */
    public void connect(MqttCredentials c) throws IOException {
        connect(c, true);
    }

    /** CONNECT with the clean-session flag given (0: the broker keeps the session between connections). */
    public void connect(MqttCredentials c, boolean cleanSession) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        string(body, "MQTT");
        body.write(4);
        body.write(cleanSession ? 0xC2 : 0xC0);
        body.write(0);
        body.write(60);
        string(body, c.clientId());
        string(body, c.username());
        string(body, c.password());
        send(0x10, body);
    }

    /** SUBSCRIBE (§3.8) to one topic at QoS 1. */
    public void subscribe(String topic, int packetId) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(packetId >> 8);
        body.write(packetId & 0xff);
        string(body, topic);
        body.write(1);
        send(0x82, body);
    }

    /** PUBLISH (§3.3) at QoS 0. */
    public void publish(String topic, String payload) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        string(body, topic);
        body.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
        send(0x30, body);
    }

    public void disconnect() throws IOException {
        send(0xE0, new ByteArrayOutputStream());
    }

    /** Reads the CONNACK. */
    public Connack connack() throws IOException {
        byte[] b = expect("CONNACK", 0x20).body();
        return new Connack((b[0] & 1) == 1, b[1]);
    }

    /** Reads a SUBACK and returns {packet id, granted QoS}. */
    public int[] suback() throws IOException {
        byte[] b = expect("SUBACK", 0x90).body();
        return new int[] { ((b[0] & 0xff) << 8) | (b[1] & 0xff), b[2] };
    }

    /** Reads the next packet, which must be of {@code type} (the high four bits of its first byte). */
    public Packet expect(String name, int type) throws IOException {
        Packet p = next(name);
        if ((p.header() & 0xf0) != type) {
            throw new IOException("expected a " + name + ", got a packet of type " + (p.header() >> 4) + ": "
                    + HexFormat.of().formatHex(p.body()));
        }
        return p;
    }

    private Packet next(String expected) throws IOException {
        int header = in.read();
        if (header < 0) {
            throw new EOFException("the platform closed the connection before the " + expected);
        }
        int length = 0;
        for (int shift = 0, b = 0x80; (b & 0x80) != 0; shift += 7) {
            b = in.read();
            if (b < 0) {
                throw new EOFException("the platform closed the connection inside a packet");
            }
            length |= (b & 0x7f) << shift;
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("the platform closed the connection inside a packet");
        }
        return new Packet(header, body);
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >> 8);
        out.write(b.length & 0xff);
        out.writeBytes(b);
    }

    /** A packet: its type byte, the remaining length as a variable byte integer (§2.2.3), the body. */
    private void send(int type, ByteArrayOutputStream body) throws IOException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(type);
        int length = body.size();
        do {
            int digit = length % 128;
            length /= 128;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        body.writeTo(packet);
        socket.getOutputStream().write(packet.toByteArray());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
