package io.atflow.sim.mqtt;

/** What AT+QMTCFG configures for one client index; the defaults are the EC2x power-up values. */
final class MqttSettings {
    int version = 4;
    int pdpCid = 1;
    boolean ssl;
    int sslContext;
    int keepAlive = 120;
    boolean cleanSession = true;
    int packetTimeout = 5;
    int retries = 3;
    boolean timeoutNotice;
    boolean will;
    int willQos;
    boolean willRetain;
    String willTopic = "";
    String willMessage = "";
    int recvMode;
    boolean recvLength;
    String productKey;
    String deviceName;
    String deviceSecret;

    boolean aliauth() {
        return productKey != null;
    }
}
