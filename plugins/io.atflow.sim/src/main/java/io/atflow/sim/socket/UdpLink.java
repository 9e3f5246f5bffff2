package io.atflow.sim.socket;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/** A UDP client: a datagram socket connected to the server, so only its datagrams arrive. */
final class UdpLink implements Link {
    private static final int MAX_DATAGRAM = 65_507;
    private final DatagramSocket socket;
    private final byte[] datagram = new byte[MAX_DATAGRAM];

    private UdpLink(DatagramSocket socket) {
        this.socket = socket;
    }

    static UdpLink connect(InetSocketAddress address) throws IOException {
        DatagramSocket socket = new DatagramSocket();
        try {
            socket.connect(address);
            return new UdpLink(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void send(byte[] data) throws IOException {
        socket.send(new DatagramPacket(data, data.length));
    }

    /** One datagram; a datagram longer than {@code buffer} is cut, as the module's 1500-byte reads would. */
    @Override
    public int read(byte[] buffer) throws IOException {
        DatagramPacket p = new DatagramPacket(datagram, datagram.length);
        socket.receive(p);
        int n = Math.min(p.getLength(), buffer.length);
        System.arraycopy(datagram, 0, buffer, 0, n);
        return n;
    }

    @Override
    public int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        socket.close();
    }
}
