package io.atflow.sim.mqtt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A PUBLISH the server sent, as the module reports it in +QMTRECV. */
record InboundMessage(int packetId, String topic, byte[] payload) {

    /** {@code +QMTRECV: idx,msgId,"topic"[,len],"payload"}; the payload goes out byte for byte. */
    byte[] urc(int client, boolean withLength) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String head = "+QMTRECV: " + client + "," + packetId + ",\"" + topic + "\","
                + (withLength ? payload.length + "," : "") + "\"";
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(payload);
        b.write('"');
        return b.toByteArray();
    }
}
