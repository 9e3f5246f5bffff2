package io.atflow.platform.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Issued secrets have Aliyun's shapes and tokens carry their issue time. */
class TokenFactoryTest {
    final TokenFactory f = new TokenFactory();

    @Test
    void shapesLikeTheApplicationNote() {
        assertTrue(f.deviceSecret().matches("[0-9a-f]{32}"));
        assertTrue(f.clientId().matches("[A-Za-z0-9]{20}000100"));
        assertTrue(f.deviceToken(Instant.ofEpochMilli(1681709523062L)).matches("\\^1\\^1681709523062\\^[0-9a-f]{15}"));
        assertNotEquals(f.deviceSecret(), f.deviceSecret());
        assertNotEquals(f.clientId(), f.clientId());
    }

    @Test
    void expiry() {
        Instant issued = Instant.parse("2026-01-01T00:00:00Z");
        String token = f.deviceToken(issued);
        assertEquals(Optional.of(issued), TokenFactory.issuedAt(token));
        assertFalse(TokenFactory.expired(token, issued.plus(Duration.ofDays(30)), Duration.ofDays(30)));
        assertTrue(TokenFactory.expired(token, issued.plus(Duration.ofDays(30)).plusMillis(1), Duration.ofDays(30)));
        assertTrue(TokenFactory.expired("not a token", issued, Duration.ofDays(30)));
        assertEquals(Optional.of(Instant.ofEpochMilli(1681710731098L)),
                TokenFactory.issuedAt("^1^1681710731098^563fbcfe8c38f88"));
    }
}
