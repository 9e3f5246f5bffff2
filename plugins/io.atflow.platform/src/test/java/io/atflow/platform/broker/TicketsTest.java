package io.atflow.platform.broker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.atflow.platform.registry.Device;

class TicketsTest {
    final Tickets tickets = new Tickets();
    final BrokerIdentity id = BrokerIdentity.of(Device.fresh("pk1", "dev1"));

    @Test
    void aTicketWorksOnceForItsIdentityOnly() {
        String t = tickets.issue(id);
        byte[] pw = t.getBytes(StandardCharsets.UTF_8);
        assertFalse(tickets.redeem(id.clientId(), "dev2&pk1", pw));
        assertFalse(tickets.redeem(id.clientId(), id.username(), pw), "a failed attempt consumes the ticket");
        String u = tickets.issue(id);
        assertTrue(tickets.redeem(id.clientId(), id.username(), u.getBytes(StandardCharsets.UTF_8)));
        assertFalse(tickets.redeem(id.clientId(), id.username(), u.getBytes(StandardCharsets.UTF_8)));
        assertFalse(tickets.redeem(id.clientId(), id.username(), null));
    }

    @Test
    void brokerIdentitiesFitMqtt31AndNameTheDevice() {
        assertTrue(id.clientId().length() <= 23);
        assertTrue(id.username().equals("dev1&pk1"));
        assertTrue(BrokerIdentity.deviceOf("dev1&pk1").equals("pk1/dev1"));
        assertFalse(BrokerIdentity.of(Device.fresh("pk1", "dev2")).clientId().equals(id.clientId()));
    }
}
