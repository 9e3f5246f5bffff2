package io.atflow.platform.broker;

import io.moquette.broker.security.IAuthenticator;

/** The broker accepts only logins the gateway vouched for with a {@link Tickets ticket}. */
final class TicketAuthenticator implements IAuthenticator {
    private final Tickets tickets;

    TicketAuthenticator(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        return tickets.redeem(clientId, username, password);
    }
}
