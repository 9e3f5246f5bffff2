package io.atflow.platform;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import io.atflow.aliyun.MqttCredentials;

/**
 * An MQTT 3.1.1 client on a plain socket that sends what it is told when it is told, the way a module's firmware does:
 * packets may follow the CONNECT before its CONNACK arrives (MQTT 3.1.1 §3.1.4 allows it), and nothing waits in a
 * client library's threads (Eclipse Paho takes about 300 ms per connect).
 */
final class RawMqttClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;

    RawMqttClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
    }

    /** CONNECT, MQTT 3.1.1 (§3.1), clean session, keep-alive 60 s, with user name and password. */
    void connect(MqttCredentials c) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        string(body, "MQTT");
        body.write(4);
        body.write(0xC2);
        body.write(0);
        body.write(60);
        string(body, c.clientId());
        string(body, c.username());
        string(body, c.password());
        send(0x10, body);
    }

    /** SUBSCRIBE (§3.8) to one topic at QoS 1. */
    void subscribe(String topic, int packetId) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(packetId >> 8);
        body.write(packetId & 0xff);
        string(body, topic);
        body.write(1);
        send(0x82, body);
    }

    void disconnect() throws IOException {
        send(0xE0, new ByteArrayOutputStream());
    }

    /** Reads the CONNACK and returns its return code. */
    int connack() throws IOException {
        byte[] p = expect("CONNACK", 4, 0x20);
        return p[3];
    }

    /** Reads a SUBACK and returns {packet id, granted QoS}. */
    int[] suback() throws IOException {
        byte[] p = expect("SUBACK", 5, 0x90);
        return new int[] { ((p[2] & 0xff) << 8) | (p[3] & 0xff), p[4] };
    }

    private byte[] expect(String name, int length, int type) throws IOException {
        byte[] p = in.readNBytes(length);
        if (p.length < length) {
            throw new EOFException("the platform closed the connection before the " + name + " (got "
                    + HexFormat.of().formatHex(p) + ")");
        }
        if ((p[0] & 0xff) != type) {
            throw new IOException("expected a " + name + ", got " + HexFormat.of().formatHex(p));
        }
        return Arrays.copyOf(p, length);
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
