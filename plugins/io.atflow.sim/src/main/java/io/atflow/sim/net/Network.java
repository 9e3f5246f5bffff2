package io.atflow.sim.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The world behind the simulated module's antenna: resolves the host names that AT commands give into real socket
 * addresses. Implementations map the Aliyun host names onto an emulator or a broker; others use real DNS.
 */
public interface Network {

    /** An MQTT server for AT+QMTOPEN; {@code tls} when AT+QMTCFG="ssl" is on for the client. */
    Target mqtt(String host, int port, boolean tls) throws UnknownHostException;

    /** An HTTP(S) server for AT+QHTTPURL/POST. */
    Target http(String host, int port, boolean tls) throws UnknownHostException;

    /** The peer of a plain TCP or UDP socket of AT+QIOPEN. */
    Target socket(String host, int port) throws UnknownHostException;

    /** The addresses of a host name, as AT+QIDNSGIP and AT+QPING resolve it. */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
