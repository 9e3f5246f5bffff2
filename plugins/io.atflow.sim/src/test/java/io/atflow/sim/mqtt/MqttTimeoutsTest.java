package io.atflow.sim.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleTestBase;

/** What the module reports when the server stops answering: keepalive, CONNACK and acknowledgement timeouts. */
class MqttTimeoutsTest extends ModuleTestBase {
    void open(SilentBroker broker) {
        assertEquals(List.of("OK"), line.exchange("AT+QMTOPEN=0,\"127.0.0.1\"," + broker.port()));
        line.expect("+QMTOPEN: 0,0");
    }

    @Test
    void unansweredPingIsQmtstat2() throws Exception {
        try (SilentBroker broker = new SilentBroker(true)) {
            line.exchange("AT+QMTCFG=\"keepalive\",0,1");
            open(broker);
            line.exchange("AT+QMTCONN=0,\"c\"");
            line.expect("+QMTCONN: 0,0,0", "+QMTSTAT: 0,2");
        }
    }

    @Test
    void missingConnackIsQmtstat4() throws Exception {
        try (SilentBroker broker = new SilentBroker(false)) {
            line.exchange("AT+QMTCFG=\"timeout\",0,1,0,0");
            open(broker);
            line.exchange("AT+QMTCONN=0,\"c\"");
            line.expect("+QMTSTAT: 0,4");
        }
    }

    @Test
    void unacknowledgedSubscribeIsRetransmittedThenFails() throws Exception {
        try (SilentBroker broker = new SilentBroker(true)) {
            line.exchange("AT+QMTCFG=\"timeout\",0,1,2,1");
            open(broker);
            line.exchange("AT+QMTCONN=0,\"c\"");
            line.expect("+QMTCONN: 0,0,0");
            assertEquals(List.of("OK"), line.exchange("AT+QMTSUB=0,9,\"t\",1"));
            line.expect("+QMTSUB: 0,9,1,1", "+QMTSUB: 0,9,1,2", "+QMTSUB: 0,9,2");
        }
    }
}
