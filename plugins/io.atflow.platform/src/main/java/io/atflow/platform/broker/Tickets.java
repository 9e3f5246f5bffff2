package io.atflow.platform.broker;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.atflow.aliyun.ConstantTime;

/**
 * One-time credentials with which the gateway logs an authenticated device into the embedded broker. A ticket is
 * bound to one broker identity, valid once, and only for a short time.
 */
public final class Tickets {
    private static final long VALIDITY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Pending(BrokerIdentity identity, long deadline) {
    }

    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public String issue(BrokerIdentity identity) {
        long now = System.nanoTime();
        pending.values().removeIf(p -> now - p.deadline() > 0);
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String ticket = HexFormat.of().formatHex(bytes);
        pending.put(ticket, new Pending(identity, now + VALIDITY_NANOS));
        return ticket;
    }

    /** Consumes the ticket; true only if it was issued for exactly this client id and user name and is still valid. */
    public boolean redeem(String clientId, String username, byte[] password) {
        if (password == null) {
            return false;
        }
        Pending p = pending.remove(new String(password, StandardCharsets.UTF_8));
        return p != null && System.nanoTime() - p.deadline() <= 0
                && ConstantTime.equals(p.identity().clientId(), clientId)
                && ConstantTime.equals(p.identity().username(), username);
    }
}
