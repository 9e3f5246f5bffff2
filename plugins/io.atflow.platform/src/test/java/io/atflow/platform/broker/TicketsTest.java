package io.atflow.platform.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.atflow.platform.registry.Device;

class TicketsTest {
    final Tickets tickets = new Tickets();
    final Device dev1 = Device.fresh("pk1", "dev1");
    final BrokerIdentity id = BrokerIdentity.of(dev1, true, 7);

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
        assertEquals(23, id.clientId().length());
        assertEquals("dev1&pk1", id.username());
        assertEquals("pk1/dev1", BrokerIdentity.deviceOf("dev1&pk1"));
        assertNotEquals(id.clientId(), BrokerIdentity.of(Device.fresh("pk1", "dev2"), true, 7).clientId());
    }

    @Test
    void aCleanSessionHasAClientIdOfItsOwnConnectionAPersistentOneTheDevicesOwn() {
        assertNotEquals(id.clientId(), BrokerIdentity.of(dev1, true, 8).clientId());
        BrokerIdentity persistent = BrokerIdentity.of(dev1, false, 7);
        assertEquals(23, persistent.clientId().length());
        assertEquals(persistent, BrokerIdentity.of(dev1, false, 8));
        assertNotEquals(persistent.clientId(), BrokerIdentity.of(Device.fresh("pk1", "dev2"), false, 7).clientId());
        assertNotEquals(persistent.clientId(), id.clientId());
    }
}
